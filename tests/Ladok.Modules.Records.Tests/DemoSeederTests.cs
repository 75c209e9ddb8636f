using Ladok.Kernel.Data;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Modules.Records.Seeding;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>The Records demo seed against a real PostgreSQL, on the fake catalogue's offerings.</summary>
public sealed class DemoSeederTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<RecordsDbContext> databases = null!;
    private bool seeded;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        // The tests share the class's database; the first to run seeds it.
        seeded = await Seeder().SeedAsync(default);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task The_seed_makes_a_few_hundred_students_with_valid_numbers_of_every_kind()
    {
        await using var db = await databases.CreateDbContextAsync();
        var students = await db.Students.AsNoTracking().ToListAsync();

        Assert.InRange(students.Count, 250, 400);
        Assert.Equal(students.Count, students.Select(s => s.IdentityNumber).Distinct().Count());
        Assert.Equal(RecordsDemoSeeder.InterimCount, students.Count(s => s.Kind == IdentityNumberKind.Interim));
        Assert.Contains(students, s => s.Kind == IdentityNumberKind.Coordination);
        foreach (var student in students)
        {
            Assert.True(
                IdentityNumber.TryParse(
                    student.IdentityNumber, student.Kind == IdentityNumberKind.Interim, new DateOnly(2026, 11, 29), out var number, out var error),
                error?.Message);
            Assert.Equal(student.Kind, number.Kind);
            Assert.InRange(number.BirthDate.Year, 1995, 2006);
        }
        Assert.True(await db.Registrations.CountAsync() >= students.Count * 2);
        Assert.Contains(await db.Registrations.Select(r => r.Kind).Distinct().ToListAsync(), k => k == RegistrationKind.Repeat);
    }

    [Fact]
    public async Task Every_workflow_state_and_a_credit_transfer_are_there_with_the_demo_examiner_deciding()
    {
        await using var db = await databases.CreateDbContextAsync();
        var results = await db.Results.AsNoTracking().ToListAsync();

        Assert.Equal(Enum.GetValues<ResultStatus>().Order(), results.Select(r => r.Status).Distinct().Order());
        // Credit transfers are recorded by the study administrator and decided by an examiner (the host's demo has one waiting: RecordsApiTests).
        Assert.Contains(results, r => r.Origin == ResultOrigin.CreditTransfer && r.Status == ResultStatus.Attested
            && r.ReportedBy == "stadmdv" && r.DecidedBy is not null && r.DecidedBy != r.ReportedBy && r.TransferredFrom is not null);
        Assert.All(results.Where(r => r.Origin == ResultOrigin.CreditTransfer), r => Assert.NotEqual(r.ReportedBy, r.DecidedBy));
        Assert.Contains(results, r => r.ModuleId is null && r.Status == ResultStatus.Attested && r.CourseCode == "5DV001");
        Assert.Contains(results, r => r.Status == ResultStatus.Attested && !r.IsPassing);
        Assert.All(results.Where(r => r.Status == ResultStatus.Ready && r.Origin == ResultOrigin.Reported), r => Assert.Equal(["examdv"], r.Examiners));
        Assert.All(results.Where(r => r.Status == ResultStatus.Rejected), r => Assert.False(string.IsNullOrEmpty(r.RejectionReason)));
        Assert.All(
            results.Where(r => r.Origin == ResultOrigin.Reported && r.Status is ResultStatus.Attested or ResultStatus.Removed or ResultStatus.RemovalRequested),
            r => Assert.Equal("examdv", r.DecidedBy));
        // Each removed result was followed by an attested one on the same module of the same registration.
        Assert.All(results.Where(r => r.Status == ResultStatus.Removed), removed => Assert.Contains(results,
            r => r.RegistrationId == removed.RegistrationId && r.ModuleId == removed.ModuleId && r.Status == ResultStatus.Attested));
    }

    [Fact]
    public async Task Every_stored_result_obeys_its_scale_and_the_date_rules()
    {
        await using var db = await databases.CreateDbContextAsync();
        var results = await db.Results.AsNoTracking().ToListAsync();
        var versions = new[] { FakeCatalogue.ProgrammingV1, FakeCatalogue.CalculusV1, FakeCatalogue.ThesisV1 }.ToDictionary(v => v.Id);
        var offerings = (await db.Registrations.AsNoTracking().ToListAsync()).ToDictionary(r => r.Id, r => r.OfferingId);
        var catalogue = new FakeCatalogue();

        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var version = versions[result.CourseVersionId];
            var scale = result.ModuleId is { } moduleId ? version.Modules.Single(m => m.Id == moduleId).GradingScale : version.GradingScale;
            var grade = Assert.Single(scale.Grades, g => g.Code == result.Grade);
            Assert.Equal(scale.Id, result.GradingScaleId);
            Assert.Equal(grade.IsPassing, result.IsPassing);
            Assert.True(result.ExaminationDate <= new DateOnly(2026, 11, 29));
            if (result.RegistrationId is { } registrationId)
            {
                var offering = await catalogue.GetOfferingAsync(offerings[registrationId], default);
                Assert.True(
                    result.ExaminationDate >= offering!.StartDate, $"{result.CourseCode} examined {result.ExaminationDate} before {offering.StartDate}");
            }
            if (version.RequiresProjectTitle) Assert.False(string.IsNullOrEmpty(result.ProjectTitle));
        }
    }

    [Fact]
    public async Task The_demo_shows_an_offering_over_two_terms_with_and_without_FO_an_OM_and_a_programme_study_break_with_a_guaranteed_place()
    {
        await using var db = await databases.CreateDbContextAsync();
        var onTwoTerms = await db.Registrations.AsNoTracking().Where(r => r.OfferingId == FakeCatalogue.DvTwoTerms.Id).ToListAsync();
        var breaks = await db.ProgrammeStudyBreaks.AsNoTracking().ToListAsync();

        var byStudent = onTwoTerms.GroupBy(r => r.StudentId).Select(g => g.OrderBy(r => r.Kind).Select(r => (r.Kind, r.Term)).ToList()).ToList();
        Assert.Contains(byStudent, k => k.SequenceEqual([(RegistrationKind.FirstTime, "HT2025"), (RegistrationKind.Continuation, "VT2026")]));
        Assert.Contains(byStudent, k => k.SequenceEqual([(RegistrationKind.FirstTime, "HT2025")]));
        Assert.True(await db.Registrations.AnyAsync(r => r.Kind == RegistrationKind.Repeat));
        var decided = Assert.Single(breaks);
        Assert.Equal(("HT2026", true), (decided.ResumeTerm, decided.GuaranteedPlace));
        var part = Assert.Single(await db.StudyBreaks.AsNoTracking().Where(b => b.ProgrammeStudyBreakId == decided.Id).ToListAsync());
        Assert.Null(part.Reason);
        Assert.Equal(FakeCatalogue.DvSpring.Id, (await db.Registrations.SingleAsync(r => r.Id == part.RegistrationId)).OfferingId);
    }

    [Fact]
    public async Task A_second_run_adds_nothing()
    {
        var counts = await CountsAsync();

        Assert.False(await Seeder().SeedAsync(default));

        Assert.True(seeded || counts.Students > 0);
        Assert.Equal(counts, await CountsAsync());
    }

    private RecordsDemoSeeder Seeder() => new(databases, new FakeCatalogue(), new TestUniversity(Demo), clock);

    private async Task<(long Students, long Registrations, long Results)> CountsAsync()
    {
        await using var db = await databases.CreateDbContextAsync();
        return (await db.Students.LongCountAsync(), await db.Registrations.LongCountAsync(), await db.Results.LongCountAsync());
    }

    /// <summary>The fake catalogue's courses and its programme, DV's reporter, examiner and study administrator, and MA's study administrator.</summary>
    private static readonly DemoUniversity Demo = new([], [Course("5DV001", "DV"), Course("5DV999", "DV"), Course("5MA001", "MA")],
        [new("TDVPRG", "Datavetenskapligt program", "Computing Science Programme", 180m, "DV", ["5DV001", "5MA001"])])
    {
        Users =
        [
            new("stadmdv", "Studieadministratör DV", [new("STUDY_ADMINISTRATOR", "DV")], [], []),
            new("stadmma", "Studieadministratör MA", [new("STUDY_ADMINISTRATOR", "MA")], [], []),
            new("lararedv", "Lärare DV", [new("RESULT_REPORTER", "DV")], [new("REPORT", "5DV001"), new("REPORT", "5DV999")], []),
            new("examdv", "Examinator DV", [new("EXAMINER", "DV")], [new("ATTEST", "5DV001"), new("ATTEST", "5DV999")], []),
        ],
    };

    private static DemoCourse Course(string code, string department) => new(code, code, code, department, "FirstCycle", 7.5m, "U_G_VG", "HT2025", [], []);
}
