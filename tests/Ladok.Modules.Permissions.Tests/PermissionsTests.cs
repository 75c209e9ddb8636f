using System.Security.Claims;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Permissions.Tests;

/// <summary>The permission workflow against a real PostgreSQL, with the Catalogue and Training facades faked.</summary>
public sealed class PermissionsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Caller Admin = new("admin", "Admin"), PrefDv = new("prefdv", "Prefekt DV"), PrefMa = new("prefma", "Prefekt MA");
    private static readonly Caller StadmDv = new("stadmdv", "Studieadministratör DV");

    private static readonly Ladok.Plugins.Sdk.PermissionProfileDefinition CounsellorProfile =
        new("STUDY_COUNSELLOR", "Studievägledare", "Study counsellor", [Modules.Catalogue.Contracts.CataloguePolicies.Read]);

    private readonly FakeTraining training = new();
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<PermissionsDbContext> databases = null!;
    private CallerRights rights = null!;
    private PermissionsCommands commands = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<PermissionsDbContext>(
            ModuleDatabase.Options<PermissionsDbContext>(dataSource, PermissionsDbContext.Schema,
                (db, ct) => StandardProfiles.SyncAsync(db, [CounsellorProfile], ct)));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        rights = new CallerRights(databases, new FakeCatalogue(), clock);
        commands = new PermissionsCommands(databases, rights, new FakeCatalogue(), training, new IntroRequired(), clock);

        if (await CountAsync("SELECT count(*) FROM permissions.grants WHERE granted_by = 'test'") == 0)
        {
            await GiveAsync(Admin, ProfileCodes.Administrator, FakeCatalogue.Umu);
            await GiveAsync(PrefDv, ProfileCodes.HeadOfDepartment, FakeCatalogue.Dv);
            await GiveAsync(PrefMa, ProfileCodes.HeadOfDepartment, FakeCatalogue.Ma);
            await GiveAsync(StadmDv, ProfileCodes.StudyAdministrator, FakeCatalogue.Dv);
        }
    }

    public async Task DisposeAsync()
    {
        commands.Dispose();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task Standard_profiles_are_in_the_database_after_migrating()
    {
        await using var db = await databases.CreateDbContextAsync();

        var profiles = await db.Profiles.ToDictionaryAsync(p => p.Code);

        Assert.Equal(PermissionProfile.Standard.Select(p => p.Code).Append(CounsellorProfile.Code).Order(), profiles.Keys.Order());
        Assert.Contains(PermissionPolicies.Decide, profiles[ProfileCodes.HeadOfDepartment].Functions);
    }

    [Fact]
    public async Task A_plugin_profile_may_not_take_a_standard_profiles_code()
    {
        await using var db = await databases.CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<Ladok.Kernel.Modules.ReferenceDataException>(() =>
            StandardProfiles.SyncAsync(db, [new("READER", "Läsare", "Reader", ["records.register"])], default));

        Assert.Contains("READER", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("records.register", (await db.Profiles.AsNoTracking().SingleAsync(p => p.Code == "READER")).Functions);
    }

    [Fact]
    public async Task An_approval_may_give_the_permission_a_last_day_but_not_one_already_past()
    {
        var newbie = new Caller("fixedterm", "Fixed Term");
        var application = await ApplyAsync(newbie, ProfileCodes.Reader, "DV");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var past = await commands.DecideAsync(new DecidePermissionApplicationCommand(application.Id, true, null, today.AddDays(-1), PrefDv));
        var limited = await commands.DecideAsync(new DecidePermissionApplicationCommand(application.Id, true, null, today.AddDays(30), PrefDv));

        Assert.Equal(Field.Of(nameof(DecidePermissionApplicationCommand.ValidTo)), past.Errors.Single().Field);
        Assert.Equal(today.AddDays(30), limited.Value!.Grant!.ValidTo);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM permissions.grants WHERE user_id = 'fixedterm'"));
    }

    [Fact]
    public async Task A_permission_past_its_last_day_no_longer_counts()
    {
        await rights.ActiveGrantsAsync("expired", "Expired", default);
        await using (var db = await databases.CreateDbContextAsync())
        {
            db.ActAs("test", clock);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            db.Grants.Add(
                new Grant("expired", ProfileCodes.Reader, FakeCatalogue.Dv, "DV", today.AddYears(-1), "test", clock.GetUtcNow(), null, today.AddDays(-1)));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await rights.ActiveGrantsAsync("expired", "Expired", default));
    }

    [Fact]
    public async Task An_administrator_records_a_user_before_their_first_sign_in_once()
    {

        var created = await commands.CreateUserAsync(new CreateUserCommand(" newhire ", "New Hire", Admin));
        var again = await commands.CreateUserAsync(new CreateUserCommand("newhire", "New Hire", Admin));
        var nameless = await commands.CreateUserAsync(new CreateUserCommand("other", " ", Admin));

        Assert.Equal("newhire", created.Value!.UserId);
        Assert.Equal("admin", created.Value.CreatedBy);
        Assert.Equal(ErrorCode.Conflict, again.Errors.Single().Code);
        Assert.Equal(Field.Of(nameof(CreateUserCommand.Name)), nameless.Errors.Single().Field);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM permissions.users WHERE user_id = 'other'"));
    }

    [Fact]
    public async Task A_first_sign_in_records_the_user_once()
    {
        var before = await CountAsync("SELECT count(*) FROM permissions.users WHERE user_id = 'first'");
        await rights.ActiveGrantsAsync("first", "First Timer", default);
        await rights.ActiveGrantsAsync("first", "First Timer", default);

        Assert.Equal(0, before);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM permissions.users WHERE user_id = 'first'"));
        Assert.Equal(1, await CountAsync("""
            SELECT count(*) FROM permissions.audit_entries a JOIN permissions.users u ON u.id = a.subject_id
            WHERE u.user_id = 'first' AND a.subject_type = 'User' AND a.action = 'Created'
            """));
    }

    [Fact]
    public async Task Approval_without_the_required_training_is_refused_naming_it_and_grants_nothing()
    {
        var application = await ApplyAsync(new Caller("newbie1", "Newbie"), ProfileCodes.StudyAdministrator, "DV");

        var decision = await DecideAsync(PrefDv, application.Id, approve: true);

        var error = Assert.Single(decision.Errors);
        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.Equal("TRAINING_MISSING", error.Reason.Name);
        Assert.Equal(
            "newbie1 har inte genomgått Introducerande träff (INTRO), som krävs för STUDY_ADMINISTRATOR. Bevilja igen när utbildningen är registrerad.",
            ErrorTexts.Message(error, ErrorTexts.Swedish));
        Assert.Equal("newbie1 has not completed Introductory meeting (INTRO), which STUDY_ADMINISTRATOR requires. Approve again once it is recorded.",
            ErrorTexts.Message(error, ErrorTexts.English));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM permissions.grants WHERE user_id = 'newbie1'"));
        Assert.Equal("Pending", await ScalarAsync<string>($"SELECT status FROM permissions.applications WHERE id = '{application.Id}'"));
    }

    [Fact]
    public async Task Approval_after_the_training_grants_the_profile_and_records_every_step()
    {
        var newbie = new Caller("newbie2", "Newbie");
        var application = await ApplyAsync(newbie, ProfileCodes.StudyAdministrator, "DV");
        training.Complete(newbie.UserId, FakeTraining.Intro);

        var decision = await DecideAsync(PrefDv, application.Id, approve: true);

        Assert.True(decision.Succeeded);
        var grant = decision.Value!.Grant!;
        Assert.Equal(FakeCatalogue.Dv, grant.OrganisationUnitId);
        Assert.Contains(await rights.ActiveGrantsAsync(newbie.UserId, newbie.Name, default), g => g.ProfileCode == ProfileCodes.StudyAdministrator);
        Assert.Equal(["applied", "approved"], await ActionsAsync(application.Id));
        Assert.Equal(["granted"], await ActionsAsync(grant.Id));
    }

    [Fact]
    public async Task Nobody_decides_their_own_application()
    {
        var application = await ApplyAsync(PrefDv, ProfileCodes.Administrator, "DV");

        var own = await DecideAsync(PrefDv, application.Id, approve: true);

        Assert.Equal(ErrorCode.Forbidden, own.Errors.Single().Code);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM permissions.grants WHERE user_id = 'prefdv' AND profile_code = 'ADMINISTRATOR'"));
    }

    [Fact]
    public async Task Two_applications_sent_at_once_store_one()
    {
        var twice = new Caller("doubleclick", "Double Click");
        await rights.ActiveGrantsAsync(twice.UserId, twice.Name, default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            commands.ApplyAsync(new ApplyForPermissionCommand(ProfileCodes.Reader, "MA", "Please", twice))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ErrorCode.Conflict, o.Errors.Single().Code));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM permissions.applications WHERE user_id = 'doubleclick'"));
    }

    [Fact]
    public async Task Only_the_prefekt_of_the_unit_or_an_administrator_above_it_decides()
    {
        var application = await ApplyAsync(new Caller("newbie3", "Newbie"), ProfileCodes.Reader, "DV");

        var byOtherPrefekt = await DecideAsync(PrefMa, application.Id, approve: true);
        var byStudyAdministrator = await DecideAsync(StadmDv, application.Id, approve: true);
        var byAdministrator = await DecideAsync(Admin, application.Id, approve: true);

        Assert.Equal(ErrorCode.Forbidden, byOtherPrefekt.Errors.Single().Code);
        Assert.Equal(ErrorCode.Forbidden, byStudyAdministrator.Errors.Single().Code);
        Assert.True(byAdministrator.Succeeded);
    }

    [Fact]
    public async Task A_decided_application_cannot_be_decided_again_and_a_rejection_needs_a_reason()
    {
        var application = await ApplyAsync(new Caller("newbie4", "Newbie"), ProfileCodes.Reader, "MA");

        var withoutReason = await DecideAsync(PrefMa, application.Id, approve: false, reason: " ");
        var rejected = await DecideAsync(PrefMa, application.Id, approve: false, reason: "Not at this department");
        var again = await DecideAsync(PrefMa, application.Id, approve: true);

        Assert.Equal(Field.Of("reason"), withoutReason.Errors.Single().Field);
        Assert.True(rejected.Succeeded);
        Assert.Equal(ErrorCode.Conflict, again.Errors.Single().Code);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM permissions.grants WHERE user_id = 'newbie4'"));
    }

    [Fact]
    public async Task Two_deciders_at_once_grant_the_permission_once()
    {
        var application = await ApplyAsync(new Caller("newbie5", "Newbie"), ProfileCodes.Reader, "DV");

        var decisions = await Task.WhenAll(DecideAsync(PrefDv, application.Id, true), DecideAsync(Admin, application.Id, true));

        Assert.Single(decisions, d => d.Succeeded);
        Assert.Equal(ErrorCode.Conflict, decisions.Single(d => !d.Succeeded).Errors.Single().Code);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM permissions.grants WHERE user_id = 'newbie5'"));
    }

    [Fact]
    public async Task One_cannot_apply_twice_or_for_what_one_holds_or_at_an_unknown_unit()
    {
        var newbie = new Caller("newbie6", "Newbie");
        await ApplyAsync(newbie, ProfileCodes.Reader, "DV");

        var twice = await commands.ApplyAsync(new ApplyForPermissionCommand(ProfileCodes.Reader, "DV", "Again", newbie));
        var held = await commands.ApplyAsync(new ApplyForPermissionCommand(ProfileCodes.StudyAdministrator, "DV", "More", StadmDv));
        var unknownUnit = await commands.ApplyAsync(new ApplyForPermissionCommand(ProfileCodes.Reader, "XX", "Where?", newbie));
        var unknownProfile = await commands.ApplyAsync(new ApplyForPermissionCommand("KING", "DV", "Please", newbie));

        Assert.Equal(ErrorCode.Conflict, twice.Errors.Single().Code);
        Assert.Equal(ErrorCode.Conflict, held.Errors.Single().Code);
        Assert.Equal(ErrorCode.NotFound, unknownUnit.Errors.Single().Code);
        Assert.Equal(ErrorCode.NotFound, unknownProfile.Errors.Single().Code);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM permissions.applications WHERE user_id = 'newbie6'"));
    }

    [Fact]
    public async Task The_holder_or_the_prefekt_ends_a_permission_and_nobody_else()
    {
        var holder = new Caller("holder", "Holder");
        var grantId = await GiveAsync(holder, ProfileCodes.Reader, FakeCatalogue.Dv);
        var otherGrantId = await GiveAsync(holder, ProfileCodes.Examiner, FakeCatalogue.Dv);

        var byStranger = await commands.EndAsync(new EndPermissionCommand(grantId, "Tidying", StadmDv));
        var byHolder = await commands.EndAsync(new EndPermissionCommand(grantId, "Leaving", holder));
        var byPrefekt = await commands.EndAsync(new EndPermissionCommand(otherGrantId, "Left the department", PrefDv));
        var twice = await commands.EndAsync(new EndPermissionCommand(otherGrantId, "Again", PrefDv));

        Assert.Equal(ErrorCode.Forbidden, byStranger.Errors.Single().Code);
        Assert.True(byHolder.Succeeded);
        Assert.True(byPrefekt.Succeeded);
        Assert.Equal(ErrorCode.Conflict, twice.Errors.Single().Code);
        Assert.Empty(await rights.ActiveGrantsAsync(holder.UserId, holder.Name, default));
    }

    [Fact]
    public async Task A_study_administrator_adds_course_rights_on_their_departments_courses_only()
    {
        await rights.ActiveGrantsAsync("teacher", "Teacher", default);

        var onDv = await commands.GrantCourseRightAsync(new GrantCourseRightCommand("teacher", "5DV001", CourseRightKind.Report, StadmDv));
        var onMa = await commands.GrantCourseRightAsync(new GrantCourseRightCommand("teacher", "5MA001", CourseRightKind.Report, StadmDv));
        var twice = await commands.GrantCourseRightAsync(new GrantCourseRightCommand("teacher", "5DV001", CourseRightKind.Report, StadmDv));
        var unknownUser = await commands.GrantCourseRightAsync(new GrantCourseRightCommand("ghost", "5DV001", CourseRightKind.Attest, StadmDv));
        var revoked = await commands.RevokeCourseRightAsync(new RevokeCourseRightCommand(onDv.Value!.Id, "Course ended", StadmDv));

        Assert.True(onDv.Succeeded);
        Assert.Equal(ErrorCode.Forbidden, onMa.Errors.Single().Code);
        Assert.Equal(ErrorCode.Conflict, twice.Errors.Single().Code);
        Assert.Equal(ErrorCode.NotFound, unknownUser.Errors.Single().Code);
        Assert.True(revoked.Succeeded);
        Assert.False(await new PermissionQueries(rights, databases).HasCourseRightAsync("teacher", CourseRightKind.Report, onDv.Value.CourseId, default));
    }

    [Fact]
    public async Task A_grant_at_the_university_covers_every_unit_below_it()
    {
        var queries = new PermissionQueries(rights, databases);

        Assert.True(await queries.HasFunctionAtAsync(Admin.UserId, PermissionPolicies.Decide, FakeCatalogue.Ma, default));
        Assert.True(await queries.HasFunctionAtAsync(PrefDv.UserId, PermissionPolicies.Decide, FakeCatalogue.Dv, default));
        Assert.False(await queries.HasFunctionAtAsync(PrefDv.UserId, PermissionPolicies.Decide, FakeCatalogue.Ma, default));
        Assert.False(await queries.HasFunctionAtAsync(PrefDv.UserId, PermissionPolicies.Decide, FakeCatalogue.Teknat, default));
    }

    [Fact]
    public async Task The_evaluator_allows_by_function_and_says_why_it_refuses()
    {
        var evaluator = new GrantPolicyEvaluator(rights);
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        Assert.True((await evaluator.EvaluateAsync(Policies.Public, anonymous, default)).Allowed);
        Assert.Equal(ErrorCode.Unauthenticated, (await evaluator.EvaluateAsync(Policies.SignedIn, anonymous, default)).Refusal?.Code);
        Assert.True((await evaluator.EvaluateAsync(PermissionPolicies.Decide, Principal("prefdv"), default)).Allowed);
        var refused = (await evaluator.EvaluateAsync(PermissionPolicies.Decide, Principal("stadmdv"), default)).Refusal!;
        Assert.Equal((ErrorCode.Forbidden, "PERMISSION_MISSING"), (refused.Code, refused.Reason.Name));
        Assert.Contains(PermissionPolicies.Decide, refused.Message, StringComparison.Ordinal);
    }

    private static ClaimsPrincipal Principal(string userId) => new(new ClaimsIdentity([new Claim("sub", userId)], "test", "sub", null));

    private async Task<PermissionApplication> ApplyAsync(Caller caller, string profile, string unit)
    {
        var outcome = await commands.ApplyAsync(new ApplyForPermissionCommand(profile, unit, "I need it for my work", caller));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }

    private Task<Outcome<PermissionDecision>> DecideAsync(Caller caller, Guid applicationId, bool approve, string? reason = null) =>
        commands.DecideAsync(new DecidePermissionApplicationCommand(applicationId, approve, reason, null, caller));

    private async Task<Guid> GiveAsync(Caller caller, string profile, Guid unitId)
    {
        await rights.ActiveGrantsAsync(caller.UserId, caller.Name, default);
        await using var db = await databases.CreateDbContextAsync();
        db.ActAs("test", clock);
        var grant = new Grant(caller.UserId, profile, unitId, "UNIT", new DateOnly(2026, 1, 1), "test", clock.GetUtcNow(), null);
        db.Grants.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    }

    private async Task<List<string>> ActionsAsync(Guid subjectId)
    {
        await using var db = await databases.CreateDbContextAsync();
        return PermissionHistory.Of(await db.Set<AuditEntry>().Where(a => a.SubjectId == subjectId).ToListAsync()).Select(step => step.Action).ToList();
    }

    private async Task<long> CountAsync(string sql) => await ScalarAsync<long>(sql);

    private Task<T> ScalarAsync<T>(string sql) => database.ScalarAsync<T>(sql);
}
