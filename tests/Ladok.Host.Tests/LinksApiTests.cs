using System.Text.Json.Nodes;
using Autofac;
using Ladok.Plugins.Sdk;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Every reference is also a field of the object it names, across modules, beside the deprecated code or id, which still answers;
/// and the people behind the user ids: <c>users</c>, an offering's examiners, a unit's grants.
/// </summary>
public sealed class LinksApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task Registrations_and_results_link_to_their_offering_course_module_and_people_beside_the_deprecated_codes()
    {
        var response = await host.PostAsync("""
            { resultsAwaitingAttestation(first: 20) { nodes {
                courseCode course { code } moduleCode module { code } offering { id }
                reportedBy reportedByUser { userId name } examiners examinerUsers { userId name }
                registration { offeringId offering { id offeringCode courseVersion { course { code } } } courseCode course { code }
                  registeredBy registeredByUser { userId } } } } }
            """, user: "examdv");

        Assert.Empty(response.Errors);
        var results = response.Data["resultsAwaitingAttestation"]!["nodes"]!.AsArray();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Equal(Text(result, "courseCode"), Text(result!["course"], "code"));
            Assert.Equal(Text(result, "moduleCode"), result!["module"] is { } module ? Text(module, "code") : null);
            Assert.Equal(Text(result, "reportedBy"), Text(result["reportedByUser"], "userId"));
            Assert.Equal(
                result["examiners"]!.AsArray().Select(e => e!.GetValue<string>()),
                result["examinerUsers"]!.AsArray().Select(u => Text(u, "userId")));

            var registration = result["registration"]!;
            Assert.Equal(Text(registration, "offeringId"), Text(registration["offering"], "id"));
            Assert.Equal(Text(registration, "offeringId"), Text(result["offering"], "id"));
            Assert.Equal(Text(registration, "courseCode"), Text(registration["offering"]!["courseVersion"]!["course"], "code"));
            Assert.Equal(Text(registration, "courseCode"), Text(registration["course"], "code"));
            Assert.Equal(Text(registration, "registeredBy"), Text(registration["registeredByUser"], "userId"));
        }

        // The demo's examiner is a recorded user: the link gives the name, not only the id.
        Assert.Contains(results, r => r!["examinerUsers"]!.AsArray().Any(u => Text(u, "name") == "Examinator, datavetenskap"));
    }

    [Fact]
    public async Task Grants_and_course_rights_link_to_the_user_profile_unit_and_course()
    {
        var response = await host.PostAsync("""
            { me { grants { userId user { userId name organisationUnits { code } } profileCode profile { code nameSv }
                     organisationUnitCode organisationUnit { code kind } grantedBy grantedByUser { userId } }
                   courseRights { userId user { userId } courseCode course { code name } } } }
            """, user: "examdv");

        Assert.Empty(response.Errors);
        var grant = Assert.Single(response.Data["me"]!["grants"]!.AsArray())!;
        Assert.Equal("examdv", Text(grant["user"], "userId"));
        Assert.Equal("Examinator, datavetenskap", Text(grant["user"], "name"));
        Assert.Equal(["DV"], grant["user"]!["organisationUnits"]!.AsArray().Select(u => Text(u, "code")));
        Assert.Equal(("EXAMINER", "EXAMINER"), (Text(grant, "profileCode"), Text(grant["profile"], "code")));
        Assert.Equal("DV", Text(grant, "organisationUnitCode"));
        Assert.Equal(("DV", "DEPARTMENT"), (Text(grant["organisationUnit"], "code"), Text(grant["organisationUnit"], "kind")));
        Assert.Equal(Text(grant, "grantedBy"), Text(grant["grantedByUser"], "userId"));

        var rights = response.Data["me"]!["courseRights"]!.AsArray();
        Assert.NotEmpty(rights);
        Assert.All(rights, r => Assert.Equal(Text(r, "courseCode"), Text(r!["course"], "code")));
        Assert.All(rights, r => Assert.Equal("examdv", Text(r!["user"], "userId")));
    }

    [Fact]
    public async Task Fte_rows_and_trainings_link_to_their_unit_course_profile_and_people()
    {
        var fte = await host.PostAsync("""
            { fullTimeEquivalents(year: 2026, groupBy: [ORGANISATION_UNIT, COURSE]) {
                organisationUnitCode organisationUnit { code } courseCode course { code } } }
            """, user: "ladokadm");
        Assert.Empty(fte.Errors);
        var rows = fte.Data["fullTimeEquivalents"]!.AsArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(Text(r, "organisationUnitCode"), Text(r!["organisationUnit"], "code")));
        Assert.All(rows, r => Assert.Equal(Text(r, "courseCode"), Text(r!["course"], "code")));

        var trainings = await host.PostAsync(
            "{ myTrainings { userId user { name } recordedBy recordedByUser { userId } training { profileCode profile { code } } } }", user: "stadmdv");
        Assert.Empty(trainings.Errors);
        var completion = Assert.Single(trainings.Data["myTrainings"]!.AsArray())!;
        Assert.Equal(("stadmdv", "Studieadministratör, datavetenskap"), (Text(completion, "userId"), Text(completion["user"], "name")));
        Assert.Equal(Text(completion, "recordedBy"), Text(completion["recordedByUser"], "userId"));
        Assert.Equal("STUDY_ADMINISTRATOR", Text(completion["training"], "profileCode"));
        Assert.Equal("STUDY_ADMINISTRATOR", Text(completion["training"]!["profile"], "code"));
    }

    [Fact]
    public async Task Users_finds_colleagues_by_name_or_user_id_and_pages()
    {
        const string Search = """
            query($search: String, $after: String) { users(search: $search, first: 2, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } nodes { userId name organisationUnits { code } } } }
            """;

        // Four of the demo staff have "datavetenskap" in their names: two pages of two, by user id.
        var first = await host.PostAsync(Search, new { search = "DATAVETENSKAP" }, "stadmdv");
        Assert.Empty(first.Errors);
        var page = first.Data["users"]!;
        Assert.Equal(4, page["totalCount"]!.GetValue<int>());
        Assert.Equal(["examdv", "lararedv"], page["nodes"]!.AsArray().Select(u => Text(u, "userId")));
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var second = await host.PostAsync(Search, new { search = "DATAVETENSKAP", after = Text(page["pageInfo"], "endCursor") }, "stadmdv");
        Assert.Equal(["prefdv", "stadmdv"], second.Data["users"]!["nodes"]!.AsArray().Select(u => Text(u, "userId")));
        Assert.False(second.Data["users"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var byUserId = await host.PostAsync(Search, new { search = "stadmm" }, "stadmdv");
        var found = Assert.Single(byUserId.Data["users"]!["nodes"]!.AsArray())!;
        Assert.Equal(("stadmma", "Studieadministratör, matematik"), (Text(found, "userId"), Text(found, "name")));
        Assert.Equal(["MA"], found["organisationUnits"]!.AsArray().Select(u => Text(u, "code")));
    }

    [Fact]
    public async Task Users_is_refused_to_a_caller_who_may_not_see_colleagues()
    {
        var response = await host.PostAsync("{ users(first: 5) { totalCount } }", user: "lararedv");

        Assert.Equal(403, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task Examiners_of_an_offering_are_exactly_the_holders_of_the_attesting_right_on_its_course_by_name()
    {
        const string Examiners = """
            query($code: String!) { course(code: $code) { currentVersion { offerings { examiners { userId name } } } } }
            """;

        var before = await host.PostAsync(Examiners, new { code = "5DV004" }, "stadmdv");
        Assert.Empty(before.Errors);
        Assert.All(Offerings(before), o => Assert.Equal(["examdv"], o!["examiners"]!.AsArray().Select(u => Text(u, "userId"))));

        // A reporting right does not make an examiner; an attesting right does, and the list is by name (Examinator before Lärare).
        var reporting = await host.MutateAsync(
            "grantCourseRight", "courseRight { id }", new { userId = "stadmma", courseCode = "5DV004", kind = "REPORT" }, "stadmdv");
        Assert.Empty(reporting["errors"]!.AsArray());
        var attesting = await host.MutateAsync(
            "grantCourseRight", "courseRight { id }", new { userId = "lararedv", courseCode = "5DV004", kind = "ATTEST" }, "stadmdv");
        Assert.Empty(attesting["errors"]!.AsArray());

        var after = await host.PostAsync(Examiners, new { code = "5DV004" }, "stadmdv");
        Assert.NotEmpty(Offerings(after));
        Assert.All(Offerings(after), o => Assert.Equal(
            [("examdv", "Examinator, datavetenskap"), ("lararedv", "Lärare, datavetenskap")],
            o!["examiners"]!.AsArray().Select(u => (Text(u, "userId"), Text(u, "name")))));

        // Nobody holds an attesting right on a mathematics course in the demo.
        var maths = await host.PostAsync(Examiners, new { code = "5MA001" }, "stadmdv");
        Assert.All(Offerings(maths), o => Assert.Empty(o!["examiners"]!.AsArray()));
    }

    [Fact]
    public async Task A_units_grants_are_shown_to_its_prefekt_and_refused_as_a_field_error_elsewhere()
    {
        const string Units = "{ organisationUnits { code grants { user { userId } profile { code } } } }";

        var prefekt = await host.PostAsync(Units, user: "prefdv");
        Assert.Equal(200, prefekt.Status);
        var units = prefekt.Data["organisationUnits"]!.AsArray();
        var dv = units.Single(u => Text(u, "code") == "DV")!;
        Assert.Equal(
            [("examdv", "EXAMINER"), ("lararedv", "RESULT_REPORTER"), ("prefdv", "HEAD_OF_DEPARTMENT"), ("stadmdv", "STUDY_ADMINISTRATOR")],
            dv["grants"]!.AsArray().Select(g => (Text(g!["user"], "userId"), Text(g["profile"], "code"))));
        // MA is not prefdv's: null there, with FORBIDDEN at its path, and the rest of the answer stands.
        Assert.Null(units.Single(u => Text(u, "code") == "MA")!["grants"]);
        Assert.Contains(prefekt.Errors,
            e => e!["extensions"]!["code"]!.GetValue<string>() == "FORBIDDEN" && e["path"]!.AsArray().Last()!.GetValue<string>() == "grants");

        // The administrator at UMU decides everywhere below it.
        var administrator = await host.PostAsync(Units, user: "ladokadm");
        Assert.Empty(administrator.Errors);
        Assert.Contains(administrator.Data["organisationUnits"]!.AsArray(), u => Text(u, "code") == "MA"
            && u!["grants"]!.AsArray().Any(g => Text(g!["user"], "userId") == "stadmma"));

        var teacher = await host.PostAsync(Units, user: "lararedv");
        Assert.Equal(200, teacher.Status);
        Assert.All(teacher.Data["organisationUnits"]!.AsArray(), u => Assert.Null(u!["grants"]));
        Assert.All(teacher.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
    }

    [Fact]
    public async Task Node_fetches_grading_scales_grades_and_modules_by_their_ids()
    {
        var scales = await host.PostAsync("{ gradingScales { id code grades { id code } } }");
        var scale = scales.Data["gradingScales"]!.AsArray().Single(s => Text(s, "code") == "U_G_VG")!;
        var grade = scale["grades"]!.AsArray().Single(g => Text(g, "code") == "VG")!;

        var byId = await host.PostAsync(
            """
            query($scale: ID!, $grade: ID!) { scale: node(id: $scale) { id ... on GradingScale { code } }
              grade: node(id: $grade) { ... on Grade { code gradingScale { code } } } }
            """,
            new { scale = Text(scale, "id"), grade = Text(grade, "id") });
        Assert.Empty(byId.Errors);
        Assert.Equal(Text(scale, "id"), Text(byId.Data["scale"], "id"));
        Assert.Equal("U_G_VG", Text(byId.Data["scale"], "code"));
        Assert.Equal(("VG", "U_G_VG"), (Text(byId.Data["grade"], "code"), Text(byId.Data["grade"]!["gradingScale"], "code")));

        var course = await host.PostAsync("{ course(code: \"5DV007\") { currentVersion { modules { id code } } } }", user: "stadmdv");
        var module = course.Data["course"]!["currentVersion"]!["modules"]!.AsArray().Single(m => Text(m, "code") == "0002")!;
        var moduleById = await host.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on CourseModule { code credits courseVersion { course { code } } } } }",
            new { id = Text(module, "id") }, "stadmdv");
        Assert.Empty(moduleById.Errors);
        Assert.Equal(("0002", "5DV007"), (Text(moduleById.Data["node"], "code"), Text(moduleById.Data["node"]!["courseVersion"]!["course"], "code")));

        // A module is catalogue data: without sign-in node refuses it, as it does a course.
        var anonymous = await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Text(module, "id") });
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task A_page_of_participants_with_linked_offerings_courses_and_modules_costs_the_same_sql_round_trips_at_any_size()
    {
        const string Page = """
            query($first: Int) { course(code: "5DV001") { currentVersion { offerings { participants(first: $first) { nodes {
              registration { offering { courseVersion { course { name } } } course { name } registeredByUser { name } }
              results { course { name } module { code } offering { offeringCode } reportedByUser { name } examinerUsers { name } } } } } } } }
            """;
        _ = await host.PostAsync(Page, new { first = 1 }, "ladokadm"); // warm up: the first request compiles queries

        var small = await RoundTripsAsync(Page, 2);
        var large = await RoundTripsAsync(Page, 40);

        // Each loader reads once per level, whatever the page size: the page, its registrations, students, results, states; the
        // Catalogue's offerings, versions and courses; modules; users. Loads of one loader from two levels may share a batch, so the
        // count can be lower, never higher: an N+1 would make more than 40 queries for 40 participants.
        Assert.InRange(small.Trips, 1, 20);
        Assert.InRange(large.Trips, 1, 20);
        Assert.True(large.Participants > 20, $"{large.Participants} participants");
    }

    private async Task<(int Trips, int Participants)> RoundTripsAsync(string document, int first)
    {
        using var trips = new SqlRoundTrips(host.DatabaseName);
        var response = await host.PostAsync(document, new { first }, "ladokadm");
        Assert.Equal(200, response.Status);
        Assert.Empty(response.Errors);
        var participants = response.Data["course"]!["currentVersion"]!["offerings"]!.AsArray().Sum(o => o!["participants"]!["nodes"]!.AsArray().Count);
        return (trips.Count, participants);
    }

    private static JsonArray Offerings(GraphQLResponse response) => response.Data["course"]!["currentVersion"]!["offerings"]!.AsArray();

    private static string? Text(JsonNode? node, string field) => node?[field]?.GetValue<string>();
}

/// <summary>A university that requires two trainings of a study administrator, so an applicant can have one and lack the other.</summary>
public sealed class TwoTrainingsHost : LadokHost
{
    protected override void ConfigureContainer(ContainerBuilder container) =>
        container.RegisterInstance(new TwoTrainings()).As<IPermissionPrerequisites>();

    private sealed class TwoTrainings : IPermissionPrerequisites
    {
        public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) =>
            profileCode == "STUDY_ADMINISTRATOR" ? ["INTRO-STADM", "RESULTAT-ELEARN"] : [];
    }
}

/// <summary>The prefekt sees, before deciding, which required trainings the applicant has and which approval would find missing.</summary>
public sealed class ApplicantTrainingsTests(TwoTrainingsHost host) : IClassFixture<TwoTrainingsHost>
{
    [Fact]
    public async Task An_application_shows_the_applicants_completed_and_missing_trainings_as_approval_would_check_them()
    {
        // lararedv has completed the e-learning, not the introductory meeting.
        var applied = await host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode = "STUDY_ADMINISTRATOR", organisationUnitCode = "DV", motivation = "I register students too" }, "lararedv");
        var id = applied["application"]!["id"]!.GetValue<string>();

        var response = await host.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on PermissionApplication { userId applicant { userId name }
              profile { code } organisationUnit { code } completedTrainings { code } missingTrainings { code } } } }
            """, new { id }, "prefdv");

        Assert.Empty(response.Errors);
        var application = response.Data["node"]!;
        Assert.Equal("lararedv", application["applicant"]!["userId"]!.GetValue<string>());
        Assert.Equal("Lärare, datavetenskap", application["applicant"]!["name"]!.GetValue<string>());
        Assert.Equal(["RESULTAT-ELEARN"], application["completedTrainings"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        Assert.Equal(["INTRO-STADM"], application["missingTrainings"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));

        // Approval refuses for exactly the training listed as missing.
        var refused = await host.MutateAsync("decidePermissionApplication", "grant { id }", new { applicationId = id, approve = true }, "prefdv");
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Contains("INTRO-STADM", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("RESULTAT-ELEARN", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
