using Autofac;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Application;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Catalogue.Tests;

/// <summary>The Catalogue's handlers and facade against a real PostgreSQL.</summary>
public sealed class CatalogueDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<CatalogueDbContext> factory = null!;
    private CommandRunner commands = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        factory = new PooledDbContextFactory<CatalogueDbContext>(ModuleDatabase.Options<CatalogueDbContext>(dataSource, CatalogueDbContext.Schema));
        commands = new CommandRunner(b =>
        {
            b.RegisterModule<CatalogueModule>();
            b.RegisterInstance(factory).As<IDbContextFactory<CatalogueDbContext>>().ExternallyOwned();
        });
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        if (!await db.OrganisationUnits.AnyAsync())
        {
            db.OrganisationUnits.Add(new OrganisationUnit("UMU", "Umeå universitet", "Umeå University", OrganisationUnitKind.University, null));
            await db.SaveChangesAsync();
            var root = await db.OrganisationUnits.SingleAsync();
            db.OrganisationUnits.Add(new OrganisationUnit("DV", "Datavetenskap", "Computing Science", OrganisationUnitKind.Department, root.Id));
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync()
    {
        commands.Dispose();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task Everything_the_module_stores_lives_in_its_own_schema()
    {
        await using var db = await factory.CreateDbContextAsync();

        Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal("catalogue", e.GetSchema()));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('catalogue', 'pg_catalog', 'information_schema')"));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'catalogue' AND table_name = '__migrations_history'"));
    }

    [Fact]
    public async Task Two_writers_change_the_same_offering_and_the_second_gets_a_conflict()
    {
        var offering = await NewOfferingAsync("10001");

        var first = await UpdateAsync(new UpdateOfferingCommand(offering.Id, offering.RowVersion, null, null, 50, null));
        var second = await UpdateAsync(new UpdateOfferingCommand(offering.Id, offering.RowVersion, null, null, 75, null));

        Assert.True(first.Succeeded);
        Assert.Equal(ErrorCode.Conflict, second.Errors.Single().Code);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(50, (await db.Offerings.SingleAsync(o => o.Id == offering.Id)).PacePercent);
    }

    [Fact]
    public async Task A_writer_that_read_before_a_concurrent_commit_is_refused_at_save()
    {
        var offering = await NewOfferingAsync("10002");

        // Both read the same version; the first commits in between the second's read and its save.
        await using var slow = await factory.CreateDbContextAsync();
        var stale = await slow.Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.True((await UpdateAsync(new UpdateOfferingCommand(offering.Id, offering.RowVersion, null, null, 50, null))).Succeeded);

        Assert.Empty(stale.Update(null, null, 25, null));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slow.SaveChangesAsync());
    }

    [Fact]
    public async Task The_facade_gives_other_modules_offerings_versions_and_unit_ancestry()
    {
        var offering = await NewOfferingAsync("10003");
        var facade = new CatalogueFacade(factory);

        var info = await facade.GetOfferingAsync(offering.Id, default);
        var version = await facade.GetCourseVersionAsync(info!.CourseVersionId, default);
        var unit = await facade.GetOrganisationUnitAsync("dv", default);

        Assert.Equal("10003", info.OfferingCode);
        Assert.Equal(OfferingState.Planned, info.State);
        Assert.Equal("U_G_VG", version!.GradingScale.Code);
        Assert.Equal(["U", "G", "VG"], version.GradingScale.Grades.Select(g => g.Code));
        Assert.Equal([7.5m], version.Modules.Select(m => m.Credits));
        Assert.Single(unit!.Ancestors);
        Assert.Null(await facade.GetOfferingAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task The_facade_gives_a_programme_with_its_department_and_courses()
    {
        var offering = await NewOfferingAsync("10004");
        Guid programmeId, departmentId, courseId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            departmentId = (await db.OrganisationUnits.SingleAsync(u => u.Code == "DV")).Id;
            courseId = (await db.CourseVersions.SingleAsync(v => v.Id == offering.CourseVersionId)).CourseId;
            var programme = new Programme("TDVPRG", "Datavetenskapligt program", "Computing Science Programme", 180m, departmentId, [courseId]);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            programmeId = programme.Id;
        }

        var info = await new CatalogueFacade(factory).GetProgrammeAsync(programmeId, default);

        Assert.Equal(("TDVPRG", "Computing Science Programme", 180m, departmentId), (info!.Code, info.NameEn, info.Credits, info.DepartmentId));
        Assert.Equal([courseId], info.CourseIds);
        Assert.Null(await new CatalogueFacade(factory).GetProgrammeAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task The_facade_gives_several_courses_by_id_in_one_answer_and_leaves_out_unknown_ids()
    {
        var first = await CreateCourseAsync(new("5DV701", "Grundläggande programmering", "Basic programming", "DV", EducationLevel.FirstCycle));
        var second = await CreateCourseAsync(new("5DV702", "Algoritmer och öppna frågor", "Algorithms", "DV", EducationLevel.FirstCycle));

        var courses = await new CatalogueFacade(factory).GetCoursesAsync([second.Value!.Id, first.Value!.Id, Guid.NewGuid()], default);

        Assert.Equal(
            [("5DV701", "Grundläggande programmering"), ("5DV702", "Algoritmer och öppna frågor")],
            courses.Values.OrderBy(c => c.Code).Select(c => (c.Code, c.NameSv)));
        Assert.Empty(await new CatalogueFacade(factory).GetCoursesAsync([], default));
    }

    [Fact]
    public async Task The_facade_gives_a_courses_financing_form_and_educational_areas_and_an_unclassified_course_is_all_Other()
    {
        var contract = await CreateCourseAsync(new("5DV703", "Uppdragskurs", "Contract course", "DV", EducationLevel.SecondCycle,
            FinancingForm.ContractEducation,
            [new(EducationalArea.NaturalSciences, 0.25m), new(EducationalArea.Technology, 0.75m)]));
        var plain = await CreateCourseAsync(new("5DV704", "Vanlig kurs", "Plain course", "DV", EducationLevel.FirstCycle));

        var courses = await new CatalogueFacade(factory).GetCoursesAsync([contract.Value!.Id, plain.Value!.Id], default);

        var (c, p) = (courses[contract.Value.Id], courses[plain.Value.Id]);
        Assert.Equal(("ContractEducation", "SecondCycle"), (c.FinancingForm, c.Level));
        Assert.Equal([new EducationalAreaInfo("NaturalSciences", 0.25m), new EducationalAreaInfo("Technology", 0.75m)],
            c.EducationalAreas.OrderBy(a => a.Area));
        Assert.Equal("Ordinary", p.FinancingForm);
        Assert.Equal([new EducationalAreaInfo("Other", 1m)], p.EducationalAreas);
    }

    [Fact]
    public async Task An_offerings_study_form_and_place_are_set_on_create_and_update_and_reach_other_modules()
    {
        // SCB's individual records carry each offering's studieform and studieort (SFS 1993:1153 3 kap. 3 §); campus and no place by default.
        var plain = await NewOfferingAsync("10005");
        var facade = new CatalogueFacade(factory);
        var before = await facade.GetOfferingAsync(plain.Id, default);

        var changed = await UpdateAsync(new UpdateOfferingCommand(plain.Id, plain.RowVersion, null, null, null, null, StudyForm.Distance, " Skellefteå "));
        var tooLong = await UpdateAsync(new UpdateOfferingCommand(
            plain.Id, changed.Value!.RowVersion, null, null, null, null, StudyForm.Campus, new string('x', CatalogueRules.MaxPlaceLength + 1)));
        var twoLines = await UpdateAsync(new UpdateOfferingCommand(plain.Id, changed.Value.RowVersion, null, null, null, null, null, "Umeå\nLycksele"));
        var after = await facade.GetOfferingAsync(plain.Id, default);

        Assert.Equal(("Campus", ""), (before!.StudyForm, before.Place));
        Assert.True(changed.Succeeded);
        Assert.Equal(Field.Of("place"), Assert.Single(tooLong.Errors, e => e.Code == ErrorCode.Validation).Field);
        Assert.Equal(Field.Of("place"), Assert.Single(twoLines.Errors, e => e.Code == ErrorCode.Validation).Field);
        // Nothing of a refused update is written: the study form stays Distance.
        Assert.Equal(("Distance", "Skellefteå"), (after!.StudyForm, after.Place));
    }

    [Fact]
    public async Task A_new_offering_can_be_given_at_a_distance_in_a_place()
    {
        var course = await CreateCourseAsync(new CreateCourseCommand("5DV706", "Distanskurs", "Distance course", "DV", EducationLevel.FirstCycle));
        var version = await commands.RunAsync<CreateCourseVersionCommand, CourseVersion>(
            new CreateCourseVersionCommand(course.Value!.Id, 7.5m, "U_G_VG", "HT2025", false, [new ModuleCommand("0001", "Tenta", "Exam", 7.5m, "U_G_VG")]));

        var offering = await commands.RunAsync<CreateOfferingCommand, Offering>(new CreateOfferingCommand(
            version.Value!.Id, "10006", "HT2025", new(2025, 9, 1), new(2025, 11, 1), 50, null, StudyForm.Distance, "Örnsköldsvik"));
        var refused = await commands.RunAsync<CreateOfferingCommand, Offering>(new CreateOfferingCommand(
            version.Value.Id, "10007", "HT2025", new(2025, 9, 1), new(2025, 11, 1), 50, null, StudyForm.Distance, new string('x', 41)));

        var info = await new CatalogueFacade(factory).GetOfferingAsync(offering.Value!.Id, default);
        Assert.Equal(("Distance", "Örnsköldsvik", 50), (info!.StudyForm, info.Place, info.PacePercent));
        Assert.Equal(Field.Of("place"), Assert.Single(refused.Errors).Field);
        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Offerings.AnyAsync(o => o.Code == "10007"));
    }

    [Fact]
    public async Task A_courses_funding_changes_at_its_version_and_the_change_is_told_to_other_modules()
    {
        var course = (await CreateCourseAsync(new("5DV705", "Kurs", "Course", "DV", EducationLevel.FirstCycle))).Value!;

        var changed = await ChangeFundingAsync(new(course.Id, FinancingForm.ContractEducation,
            [new(EducationalArea.NaturalSciences, 0.5m), new(EducationalArea.Technology, 0.5m)], course.RowVersion));
        var stale = await ChangeFundingAsync(new(course.Id, FinancingForm.Ordinary, [new(EducationalArea.Other, 1m)], course.RowVersion));

        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Message)));
        var error = Assert.Single(stale.Errors);
        Assert.Equal((ErrorCode.Conflict, "Version"), (error.Code, error.Field?.ToString()));
        var info = (await new CatalogueFacade(factory).GetCoursesAsync([course.Id], default))[course.Id];
        Assert.Equal("ContractEducation", info.FinancingForm);
        Assert.Equal([new EducationalAreaInfo("NaturalSciences", 0.5m), new EducationalAreaInfo("Technology", 0.5m)],
            info.EducationalAreas.OrderBy(a => a.Area));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM catalogue.outbox_messages WHERE type = 'catalogue.course-funding-changed' AND payload::text LIKE '%{course.Id}%'"));
    }

    [Fact]
    public async Task Shares_that_do_not_sum_to_one_are_refused_and_nothing_is_stored()
    {
        var course = (await CreateCourseAsync(new("5DV708", "Kurs", "Course", "DV", EducationLevel.FirstCycle))).Value!;

        var refused = await ChangeFundingAsync(new(course.Id, FinancingForm.ContractEducation,
            [new(EducationalArea.NaturalSciences, 0.5m), new(EducationalArea.Technology, 0.25m)], null));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((ErrorCode.Validation, "educationalAreas"), (error.Code, error.Field?.ToString()));
        var info = (await new CatalogueFacade(factory).GetCoursesAsync([course.Id], default))[course.Id];
        Assert.Equal(("Ordinary", 1), (info.FinancingForm, info.EducationalAreas.Count));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM catalogue.outbox_messages WHERE payload::text LIKE '%{course.Id}%'"));
    }

    [Fact]
    public async Task A_courses_SCB_subject_group_is_set_on_create_changed_at_its_version_and_reaches_other_modules()
    {
        var course = (await CreateCourseAsync(new("5DV709", "Kurs", "Course", "DV", EducationLevel.FirstCycle, SubjectGroup: " da1 "))).Value!;
        var wrong = await ChangeSubjectGroupAsync(new(course.Id, "Datateknik", null));
        var changed = await ChangeSubjectGroupAsync(new(course.Id, "IF1", course.RowVersion));
        var stale = await ChangeSubjectGroupAsync(new(course.Id, null, course.RowVersion));

        Assert.Equal("DA1", course.SubjectGroup);
        var error = Assert.Single(wrong.Errors);
        Assert.Equal((ErrorCode.Validation, "subjectGroup"), (error.Code, error.Field?.ToString()));
        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Message)));
        Assert.Equal((ErrorCode.Conflict, "Version"), (Assert.Single(stale.Errors).Code, Assert.Single(stale.Errors).Field?.ToString()));
        Assert.Equal("IF1", (await new CatalogueFacade(factory).GetCoursesAsync([course.Id], default))[course.Id].SubjectGroup);
        Assert.Equal("IF1", (await new CatalogueFacade(factory).GetCourseAsync("5DV709", default))!.SubjectGroup);
    }

    private Task<Outcome<Course>> ChangeSubjectGroupAsync(ChangeCourseSubjectGroupCommand command) =>
        commands.RunAsync<ChangeCourseSubjectGroupCommand, Course>(command);

    private Task<Outcome<Course>> ChangeFundingAsync(ChangeCourseFundingCommand command) =>
        commands.RunAsync<ChangeCourseFundingCommand, Course>(command);

    private Task<Outcome<Course>> CreateCourseAsync(CreateCourseCommand command) => commands.RunAsync<CreateCourseCommand, Course>(command);

    private Task<Outcome<Offering>> UpdateAsync(UpdateOfferingCommand command) => commands.RunAsync<UpdateOfferingCommand, Offering>(command);

    private async Task<Offering> NewOfferingAsync(string code)
    {
        var courseCode = "5DV" + code[2..];
        var course = await CreateCourseAsync(new CreateCourseCommand(courseCode, "Kurs", "Course", "DV", EducationLevel.FirstCycle));
        var version = await commands.RunAsync<CreateCourseVersionCommand, CourseVersion>(
            new CreateCourseVersionCommand(course.Value!.Id, 7.5m, "U_G_VG", "HT2025", false, [new ModuleCommand("0001", "Tenta", "Exam", 7.5m, "U_G_VG")]));
        var offering = await commands.RunAsync<CreateOfferingCommand, Offering>(
            new CreateOfferingCommand(version.Value!.Id, code, "HT2025", new(2025, 9, 1), new(2025, 11, 1), 100, null));
        Assert.True(offering.Succeeded, string.Join(" ", offering.Errors.Select(e => e.Message)));
        return offering.Value!;
    }
}
