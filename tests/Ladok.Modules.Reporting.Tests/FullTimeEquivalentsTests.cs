using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>
/// HST and HPR from the read model, each figure computed by hand in the test's comments, fed
/// through the same event handlers the outbox calls, against a real PostgreSQL.
/// </summary>
public sealed class FullTimeEquivalentsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Guid Umu = Guid.NewGuid(), Teknat = Guid.NewGuid(), Dv = Guid.NewGuid(), Ma = Guid.NewGuid();
    private const string Reader = "reader", DvReader = "dvreader";

    private readonly FakeCatalogue catalogue = new(
        [new(Umu, "UMU", "Umeå University", []), new(Teknat, "TEKNAT", "Faculty", [Umu]), new(Dv, "DV", "Computing", [Teknat, Umu]),
            new(Ma, "MA", "Mathematics", [Teknat, Umu])]);
    private FakePermissions permissions = null!;
    private readonly FixedClock clock = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<ReportingDbContext> databases = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        await database.ExecuteAsync("TRUNCATE reporting.registrations, reporting.results, reporting.course_areas, reporting.fee_paying_terms");
        permissions = new(catalogue);
        permissions.Grant(Reader, ReportingPolicies.Read, Umu);
        permissions.Grant(DvReader, ReportingPolicies.Read, Dv);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task A_half_pace_course_over_the_new_year_is_split_between_the_years_by_its_study_weeks()
    {
        // ADR 0020: 7.5 hp at 50 % from Monday 3 November 2025 to Friday 16 January 2026 runs 11 weeks (Mondays 3 November to
        // 12 January, the Christmas weeks counted). A week belongs to the year of its Thursday: 8 in 2025 (3 November to
        // 22 December), 3 in 2026 (29 December, whose Thursday is 1 January, 5 and 12 January).
        var course = catalogue.Course("5DV117", Dv, 7.5m, new DateOnly(2025, 11, 3), new DateOnly(2026, 1, 16), pacePercent: 50);
        await RegisterAsync(course, "FirstTime");

        // 7.5 × 8/11 = 5.4545 hp, ÷ 60 = 0.0909; 7.5 × 3/11 = 2.0455 hp, ÷ 60 = 0.0341. By days it was 59 and 16 of 75: 0.098 and 0.027.
        Assert.Equal(0.091m, (await TotalAsync(year: 2025)).Hst);
        Assert.Equal(0.034m, (await TotalAsync(year: 2026)).Hst);
        // It ends before the spring term's teaching starts (19 January 2026), so it is all the autumn term's: 7.5 ÷ 60.
        Assert.Equal(0.125m, (await TotalAsync(term: "HT2025")).Hst);
        Assert.Equal(0m, (await TotalAsync(term: "VT2026")).Hst);
    }

    [Fact]
    public async Task A_30_credit_autumn_course_that_ends_in_January_is_split_between_the_years_by_its_weeks()
    {
        // SUHF's autumn term 2025, 1 September 2025 to 18 January 2026: 20 weeks, 17 of them in 2025 and 3 in 2026 (the week of
        // 29 December is 2026's, its Thursday being 1 January), as the universities periodise an autumn term (17 + 3 weeks).
        var course = catalogue.Course("5DV100", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 18));
        await RegisterAsync(course, "FirstTime");

        // 30 × 17/20 ÷ 60 = 0.425; 30 × 3/20 ÷ 60 = 0.075; together 0.5 HST, all of it the autumn term's.
        Assert.Equal(0.425m, (await TotalAsync(year: 2025)).Hst);
        Assert.Equal(0.075m, (await TotalAsync(year: 2026)).Hst);
        Assert.Equal(0.5m, (await TotalAsync(term: "HT2025")).Hst);
        Assert.Equal(0m, (await TotalAsync(term: "VT2026")).Hst);
        Assert.Equal(0m, (await TotalAsync(term: "HT2026")).Hst);
    }

    [Fact]
    public async Task A_30_credit_course_over_the_autumn_and_the_spring_counts_its_credits_once_between_the_FFG_and_the_FO()
    {
        // Wednesday 3 September 2025 to Monday 29 June 2026: 44 weeks (Mondays 1 September to 29 June). The autumn term's
        // teaching runs to 18 January: 20 weeks for the FFG (HT2025), 17 in 2025 and 3 in 2026; 24 for the FO (VT2026).
        var course = catalogue.Course("5DV107", Dv, 30m, new DateOnly(2025, 9, 3), new DateOnly(2026, 6, 29));
        var first = await RegisterAsync(course, "FirstTime");
        await RegisterAsync(course, "Continuation", term: "VT2026", student: first.StudentId);

        // 2025: 30 × 17/44 = 11.59 hp, ÷ 60 = 0.193. 2026: 30 × (3 + 24)/44 = 18.41 hp, 0.307. HT2025: 30 × 20/44 ÷ 60 = 0.227;
        // VT2026: 30 × 24/44 ÷ 60 = 0.273. Together 30 hp, the course's credits once.
        Assert.Equal(0.193m, (await TotalAsync(year: 2025)).Hst);
        Assert.Equal(0.307m, (await TotalAsync(year: 2026)).Hst);
        Assert.Equal(0.227m, (await TotalAsync(term: "HT2025")).Hst);
        Assert.Equal(0.273m, (await TotalAsync(term: "VT2026")).Hst);
    }

    [Fact]
    public async Task Without_an_FO_a_student_brings_no_HST_for_the_later_term_of_a_course_over_two_terms()
    {
        // UKÄ, and KTH's guidance on courses over several terms: each registration counts its own term's share only, so a
        // student not registered (FO) for the spring brings nothing for it. The same 44 weeks as above; one student has only
        // the FFG, another's FO is an early dropout.
        var course = catalogue.Course("5DV108", Dv, 30m, new DateOnly(2025, 9, 3), new DateOnly(2026, 6, 29));
        await RegisterAsync(course, "FirstTime");
        var second = await RegisterAsync(course, "FirstTime");
        var continuation = await RegisterAsync(course, "Continuation", term: "VT2026", student: second.StudentId);
        await new DropoutRecordedHandler(databases).HandleAsync(Dropout(continuation, new DateOnly(2026, 1, 20), isEarly: true), Context(), default);

        // 2025: 30 × 17/44 hp from each FFG, 2 × 11.59 ÷ 60 = 0.386. 2026: only the autumn term's 3 January weeks of each FFG,
        // 2 × 30 × 3/44 ÷ 60 = 0.068; the spring term brings nothing (the FFG alone used to count its spring share).
        Assert.Equal(0.386m, (await TotalAsync(year: 2025)).Hst);
        Assert.Equal(0.068m, (await TotalAsync(year: 2026)).Hst);
        Assert.Equal(0m, (await TotalAsync(term: "VT2026")).Hst);
    }

    [Fact]
    public void A_registration_covers_its_own_terms_teaching_weeks_and_an_autumn_course_ending_in_January_is_one_term()
    {
        var twoTerms = catalogue.Course("5DV109", Dv, 30m, new DateOnly(2025, 9, 3), new DateOnly(2026, 6, 29)).Offering;
        var autumn = catalogue.Course("5DV110", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 18)).Offering;

        // The spring term's teaching starts on Monday 19 January 2026 (SUHF: 20 weeks after 1 September).
        Assert.Equal((new DateOnly(2025, 9, 3), new DateOnly(2026, 1, 18)), Facts.TermShare("HT2025", twoTerms));
        Assert.Equal((new DateOnly(2026, 1, 19), new DateOnly(2026, 6, 29)), Facts.TermShare("VT2026", twoTerms));
        // The autumn term's teaching runs into January: the whole offering is the autumn term's.
        Assert.Equal((new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 18)), Facts.TermShare("HT2025", autumn));
        Assert.True(Facts.TermShare("VT2026", autumn) is var (springFrom, springTo) && springTo < springFrom);
        // A term the offering does not run in (an OM registered later, say) covers nothing: it ends before it starts.
        var (from, to) = Facts.TermShare("HT2026", twoTerms);
        Assert.True(to < from);
    }

    [Fact]
    public async Task A_credit_transfer_gives_no_HPR()
    {
        // UKÄ: HPR counts credits earned through examination; a credit transfer (tillgodoräknande) was earned elsewhere.
        var course = catalogue.Course("5DV111", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        await AttestAsync(course, null, 7.5m, passing: true, decided: new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
        await AttestAsync(course, null, 7.5m, passing: true, decided: new DateTimeOffset(2025, 11, 4, 9, 0, 0, TimeSpan.Zero), origin: "CreditTransfer");

        // The examined course only: 7.5 ÷ 60 = 0.125 (the transfer too gave 0.25).
        Assert.Equal(0.125m, (await TotalAsync(year: 2025)).Hpr);
    }

    [Fact]
    public async Task Contract_education_doctoral_courses_and_a_fee_paying_students_term_are_not_funded()
    {
        // UKÄ's funded HST and HPR: first and second cycle paid by the grant. Four 15 hp autumn courses, one student on each,
        // each passed in full in December; only the ordinary first-cycle course of a student who pays no fees counts.
        var (start, end, decided) = (new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21), new DateTimeOffset(2025, 12, 20, 9, 0, 0, TimeSpan.Zero));
        var ordinary = catalogue.Course("5DV112", Dv, 15m, start, end);
        var contract = catalogue.Course("5DV113", Dv, 15m, start, end, financingForm: "ContractEducation");
        var doctoral = catalogue.Course("5DV114", Dv, 15m, start, end, level: "Doctoral");
        var feePaid = catalogue.Course("5DV115", Dv, 15m, start, end);
        foreach (var course in new[] { ordinary, contract, doctoral })
        {
            var registration = await RegisterAsync(course, "FirstTime");
            await AttestAsync(course, null, 15m, passing: true, decided, registration);
        }
        var feePaying = await RegisterAsync(feePaid, "FirstTime");
        await AttestAsync(feePaid, null, 15m, passing: true, decided, feePaying);
        await new FeePayingRecordedHandler(databases).HandleAsync(new FeePayingRecorded(feePaying.StudentId, "HT2025", true, DateTimeOffset.UtcNow),
            Context(), default);

        // 15 ÷ 60 = 0.25 HST and 0.25 HPR; counting all four gave 1.0 and 1.0.
        Assert.Equal((0.25m, 0.25m), (await TotalAsync(year: 2025)) is var row ? (row.Hst, row.Hpr) : default);

        // Taken back, the fee-paying student's term counts again: 0.5 and 0.5.
        await new FeePayingRecordedHandler(databases).HandleAsync(new FeePayingRecorded(feePaying.StudentId, "HT2025", false, DateTimeOffset.UtcNow),
            Context(), default);
        Assert.Equal((0.5m, 0.5m), (await TotalAsync(year: 2025)) is var again ? (again.Hst, again.Hpr) : default);
    }

    [Fact]
    public async Task Funded_figures_are_split_per_educational_area_by_the_courses_shares()
    {
        // UKÄ reports HST and HPR per utbildningsområde; a course classified in several splits by its shares.
        var split = catalogue.Course("5DV116", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21),
            areas: [new("NaturalSciences", 0.75m), new("Technology", 0.25m)]);
        var maths = catalogue.Course("5MA116", Ma, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21), areas: [new("NaturalSciences", 1m)]);
        await RegisterAsync(split, "FirstTime");
        await RegisterAsync(maths, "FirstTime");

        var total = await TotalAsync(year: 2025);

        // 30 ÷ 60 = 0.5: 0.375 natural sciences, 0.125 technology; 15 ÷ 60 = 0.25 natural sciences. Together 0.75.
        Assert.Equal(0.75m, total.Hst);
        Assert.Equal([new FteAreaFigures("NaturalSciences", 0.625m, 0m), new FteAreaFigures("Technology", 0.125m, 0m)], total.EducationalAreas);
    }

    [Fact]
    public async Task A_change_of_a_courses_financing_form_and_areas_reaches_the_figures_at_once()
    {
        // 30 hp read in full in the autumn of 2025, 0.5 HST, all of it in Other until the course is classified; then it turns out
        // to be contract education, which is never funded.
        var course = catalogue.Course("5DV119", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21), areas: [new("Other", 1m)]);
        await RegisterAsync(course, "FirstTime");
        Assert.Equal([new FteAreaFigures("Other", 0.5m, 0m)], (await TotalAsync(year: 2025)).EducationalAreas);

        catalogue.ChangeFunding(course.Offering.CourseId, "Ordinary", [new("NaturalSciences", 0.5m), new("Technology", 0.5m)]);
        await new CourseFundingChangedHandler(databases, catalogue).HandleAsync(await FundingChangedAsync(course), Context(), default);
        Assert.Equal([new FteAreaFigures("NaturalSciences", 0.25m, 0m), new FteAreaFigures("Technology", 0.25m, 0m)],
            (await TotalAsync(year: 2025)).EducationalAreas);

        catalogue.ChangeFunding(course.Offering.CourseId, "ContractEducation", [new("Technology", 1m)]);
        var changed = await FundingChangedAsync(course);
        await new CourseFundingChangedHandler(databases, catalogue).HandleAsync(changed, Context(), default);
        await new CourseFundingChangedHandler(databases, catalogue).HandleAsync(changed, Context(), default);
        Assert.Equal((0m, 0), (await TotalAsync(year: 2025)) is var row ? (row.Hst, row.EducationalAreas.Count) : default);
    }

    [Fact]
    public async Task Continuation_counts_and_a_repeat_registration_does_not()
    {
        var course = catalogue.Course("5DV101", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        await RegisterAsync(course, "FirstTime");
        await RegisterAsync(course, "Continuation");
        await RegisterAsync(course, "Repeat");

        // Two registrations × 15 hp ÷ 60 = 0.5; the repeat (OM) is not funded.
        Assert.Equal(0.5m, (await TotalAsync(year: 2025)).Hst);
    }

    [Fact]
    public async Task An_early_dropout_and_a_withdrawal_give_no_HST_and_a_later_dropout_keeps_it()
    {
        var course = catalogue.Course("5DV106", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        var early = await RegisterAsync(course, "FirstTime");
        var late = await RegisterAsync(course, "FirstTime");
        var withdrawn = await RegisterAsync(course, "FirstTime");
        await new DropoutRecordedHandler(databases).HandleAsync(Dropout(early, new DateOnly(2025, 9, 10), isEarly: true), Context(), default);
        await new DropoutRecordedHandler(databases).HandleAsync(Dropout(late, new DateOnly(2025, 10, 10), isEarly: false), Context(), default);
        await new RegistrationWithdrawnHandler(databases).HandleAsync(
            new RegistrationWithdrawn(
                withdrawn.RegistrationId, withdrawn.StudentId, withdrawn.OfferingId, withdrawn.CourseId, withdrawn.DepartmentId,
                new DateOnly(2025, 8, 20)), Context(), default);

        // Only the later dropout counts: 15 ÷ 60 = 0.25.
        Assert.Equal(0.25m, (await TotalAsync(year: 2025)).Hst);
    }

    [Fact]
    public async Task HPR_counts_attested_passing_module_results_by_their_examination_date()
    {
        // UKÄ places a helårsprestation in the year the credits were earned; Ladok's examinationsdatum is that day (ADR 0019).
        var course = catalogue.Course("5DV102", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20), modules: 2);
        await AttestAsync(course, "0001", 4.5m, passing: true, decided: new DateTimeOffset(2025, 12, 30, 10, 0, 0, TimeSpan.Zero));
        await AttestAsync(course, "0002", 3m, passing: true, decided: new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.Zero),
            examined: new DateOnly(2026, 1, 9));
        await AttestAsync(course, "0001", 4.5m, passing: false, decided: new DateTimeOffset(2025, 11, 1, 10, 0, 0, TimeSpan.Zero));
        // The course grade's credits are already in its modules.
        await AttestAsync(course, null, 7.5m, passing: true, decided: new DateTimeOffset(2026, 1, 12, 11, 0, 0, TimeSpan.Zero));

        // 2025: 4.5 ÷ 60 = 0.075; 2026: 3 ÷ 60 = 0.05. The failing grade gives nothing.
        Assert.Equal(0.075m, (await TotalAsync(year: 2025)).Hpr);
        Assert.Equal(0.05m, (await TotalAsync(year: 2026)).Hpr);
    }

    [Fact]
    public async Task A_result_examined_in_December_and_attested_in_January_counts_in_the_year_it_was_examined()
    {
        // Examined 20 December 2025, attested 10 January 2026: the achievement is 2025's (UKÄ; ADR 0019). By the decision
        // date it went to 2026.
        var course = catalogue.Course("5DV117", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20));
        await AttestAsync(course, null, 7.5m, passing: true, decided: new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero),
            examined: new DateOnly(2025, 12, 20));

        // 7.5 ÷ 60 = 0.125 in 2025, nothing in 2026.
        Assert.Equal(0.125m, (await TotalAsync(year: 2025)).Hpr);
        Assert.Equal(0m, (await TotalAsync(year: 2026)).Hpr);
    }

    [Fact]
    public async Task A_course_grade_without_modules_counts_and_a_removed_result_stops_counting()
    {
        var course = catalogue.Course("5MA100", Ma, 6m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        var kept = await AttestAsync(course, null, 6m, passing: true, decided: new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
        var removed = await AttestAsync(course, null, 6m, passing: true, decided: new DateTimeOffset(2025, 11, 4, 9, 0, 0, TimeSpan.Zero));
        await new ResultRemovedHandler(databases, clock).HandleAsync(
            new ResultRemoved(
                removed.ResultId, removed.StudentId, removed.CourseId, null, true, 6m, new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.Zero)),
                    Context(), default);

        // One 6 hp course grade: 6 ÷ 60 = 0.1.
        Assert.Equal(0.1m, (await TotalAsync(year: 2025)).Hpr);
        Assert.NotEqual(kept.ResultId, removed.ResultId);
    }

    [Fact]
    public async Task An_event_delivered_twice_counts_once()
    {
        var course = catalogue.Course("5DV103", Dv, 60m, new DateOnly(2025, 1, 20), new DateOnly(2025, 6, 8));
        var registration = await RegisterAsync(course, "FirstTime");
        await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(registration, Context(), default);
        var result = await AttestAsync(course, null, 60m, passing: true, decided: new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        await new ResultAttestedHandler(databases, catalogue, clock).HandleAsync(result, Context(), default);

        Assert.Equal((1m, 1m), (await TotalAsync(year: 2025)) is var row ? (row.Hst, row.Hpr) : default);
    }

    [Fact]
    public async Task A_faculty_adds_up_its_departments_and_grouping_gives_a_row_per_department_and_course()
    {
        await RegisterAsync(catalogue.Course("5DV104", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21)), "FirstTime");
        await RegisterAsync(catalogue.Course("5MA104", Ma, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21)), "FirstTime");

        var faculty = await ReadAsync(new FteQuery(2025, null, "TEKNAT", null, [], Reader));
        var perDepartment = await ReadAsync(new FteQuery(2025, null, "TEKNAT", null, [FteGrouping.OrganisationUnit, FteGrouping.Course], Reader));

        // 30 ÷ 60 + 15 ÷ 60 = 0.75.
        Assert.Equal([new FteRow("2025", "TEKNAT", null, 0.75m, 0m)], faculty);
        Assert.Equal([new FteRow("2025", "DV", "5DV104", 0.5m, 0m), new FteRow("2025", "MA", "5MA104", 0.25m, 0m)], perDepartment);
    }

    [Fact]
    public async Task Figures_follow_the_readers_units_and_another_units_figures_are_forbidden()
    {
        await RegisterAsync(catalogue.Course("5DV105", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21)), "FirstTime");
        await RegisterAsync(catalogue.Course("5MA105", Ma, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21)), "FirstTime");

        var own = await ReadAsync(new FteQuery(2025, null, null, null, [FteGrouping.OrganisationUnit], DvReader));
        var other = await new FullTimeEquivalentsReader(new ReadReplica<ReportingDbContext>(databases), catalogue, permissions)
            .ReadAsync(new FteQuery(2025, null, "MA", null, [], DvReader), default);

        Assert.Equal([new FteRow("2025", "DV", null, 0.5m, 0m)], own);
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(other.Errors).Code);
    }

    [Fact]
    public async Task A_period_is_a_year_or_a_term_and_nothing_else()
    {
        var reader = new FullTimeEquivalentsReader(new ReadReplica<ReportingDbContext>(databases), catalogue, permissions);

        var neither = await reader.ReadAsync(new FteQuery(null, null, null, null, [], Reader), default);
        var both = await reader.ReadAsync(new FteQuery(2025, "HT2025", null, null, [], Reader), default);
        var badTerm = await reader.ReadAsync(new FteQuery(null, "H2025", null, null, [], Reader), default);

        Assert.All(new[] { neither, both, badTerm }, o => Assert.Equal(ErrorCode.Validation, Assert.Single(o.Errors).Code));
    }

    private async Task<FteRow> TotalAsync(int? year = null, string? term = null) =>
        Assert.Single(await ReadAsync(new FteQuery(year, term, null, null, [], Reader)));

    private async Task<IReadOnlyList<FteRow>> ReadAsync(FteQuery query)
    {
        var outcome = await new FullTimeEquivalentsReader(new ReadReplica<ReportingDbContext>(databases), catalogue, permissions).ReadAsync(query, default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }

    private async Task<RegistrationRecorded> RegisterAsync(FakeCatalogue.FakeCourse course, string kind, string? term = null, Guid? student = null)
    {
        var recorded = new RegistrationRecorded(
            Guid.CreateVersion7(), student ?? Guid.NewGuid(), course.Offering.Id, course.Offering.CourseId, course.Offering.CourseCode,
            course.Offering.DepartmentId, term ?? course.Offering.Term.ToString(), kind, DateTimeOffset.UtcNow);
        await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(recorded, Context(), default);
        return recorded;
    }

    private async Task<ResultAttested> AttestAsync(
        FakeCatalogue.FakeCourse course, string? module, decimal credits, bool passing, DateTimeOffset decided, RegistrationRecorded? on = null,
        string origin = "Reported", DateOnly? examined = null)
    {
        var attested = new ResultAttested(Guid.CreateVersion7(), on?.StudentId ?? Guid.NewGuid(), on?.RegistrationId, course.Offering.CourseId,
            course.Offering.CourseCode, course.Version.Id, module, course.Offering.DepartmentId, passing ? "G" : "U", passing, credits,
            examined ?? DateOnly.FromDateTime(decided.Date), decided, origin);
        await new ResultAttestedHandler(databases, catalogue, clock).HandleAsync(attested, Context(), default);
        return attested;
    }

    private static DropoutRecorded Dropout(RegistrationRecorded registration, DateOnly date, bool isEarly) =>
        new(registration.RegistrationId, registration.StudentId, registration.OfferingId, registration.CourseId, registration.CourseCode,
            registration.DepartmentId,
            registration.Term, date, isEarly, null, null, DateTimeOffset.UtcNow);

    private async Task<CourseFundingChanged> FundingChangedAsync(FakeCatalogue.FakeCourse course)
    {
        var info = (await catalogue.GetCoursesAsync([course.Offering.CourseId], default))[course.Offering.CourseId];
        return new CourseFundingChanged(info.Id, info.Code, info.FinancingForm, info.EducationalAreas, DateTimeOffset.UtcNow);
    }

    private static IntegrationEventContext Context() => new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1);
}
