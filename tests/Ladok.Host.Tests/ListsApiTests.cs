using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The lists a screen shows, through /graphql: sorted (names in Swedish alphabetical order) and filtered in SQL, paged by cursors that
/// neither skip nor repeat a row across equal sort keys. Each test makes an offering of its own, so the demo data does not interfere.
/// </summary>
public sealed class ListsApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Admin = "ladokadm";
    private const string StudyAdministrator = "stadmdv";
    private const string Reporter = "lararedv";
    private const string Examiner = "examdv";

    // In Swedish order: d before Z, then Å, Ä, Ö after Z. The C.UTF-8 collation of the database puts "de Geer" after "Zetterberg"
    // and Ä before Å. Two students share the name Bo Åberg: only their registrations tell them apart.
    private static readonly (string First, string Last)[] People =
    [
        ("Olle", "Öberg"), ("Bo", "Åberg"), ("Eva", "Zetterberg"), ("Per", "Ärlig"), ("Anna", "Åberg"), ("Karin", "de Geer"), ("Bo", "Åberg"),
    ];

    private static readonly string[] SwedishOrder =
        ["de Geer Karin", "Zetterberg Eva", "Åberg Anna", "Åberg Bo", "Åberg Bo", "Ärlig Per", "Öberg Olle"];

    [Fact]
    public async Task Participants_sort_by_last_and_first_name_in_Swedish_order_both_ways()
    {
        var (offeringId, _) = await OfferingWithPeopleAsync("71001", "91");

        var ascending = await ParticipantNamesAsync(offeringId, "[{ field: LAST_NAME }, { field: FIRST_NAME }]");
        var descending = await ParticipantNamesAsync(offeringId, "[{ field: LAST_NAME, direction: DESC }, { field: FIRST_NAME, direction: DESC }]");
        var byFirstName = await ParticipantNamesAsync(offeringId, "[{ field: FIRST_NAME }, { field: LAST_NAME }]");

        Assert.Equal(SwedishOrder, ascending);
        Assert.Equal(SwedishOrder.Reverse(), descending);
        Assert.Equal(["Åberg Anna", "Åberg Bo", "Åberg Bo", "Zetterberg Eva", "de Geer Karin", "Öberg Olle", "Ärlig Per"], byFirstName);
    }

    [Fact]
    public async Task Participants_page_across_equal_names_without_gaps_or_repeats_forwards_and_backwards()
    {
        var (offeringId, registrations) = await OfferingWithPeopleAsync("71002", "92");
        const string order = "[{ field: LAST_NAME }, { field: FIRST_NAME }]";
        var whole = await ParticipantPageAsync(offeringId, order, "first: 50");

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = await ParticipantPageAsync(offeringId, order, after is null ? "first: 2" : $"first: 2, after: \"{after}\"");
            forwards.AddRange(page.Ids);
            after = page.HasNext ? page.EndCursor : null;
        }
        while (after is not null);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = await ParticipantPageAsync(offeringId, order, before is null ? "last: 3" : $"last: 3, before: \"{before}\"");
            backwards.InsertRange(0, page.Ids);
            before = page.HasPrevious ? page.StartCursor : null;
        }
        while (before is not null);

        Assert.Equal(registrations.Count, whole.Ids.Count);
        Assert.Equal(whole.Ids, forwards);
        Assert.Equal(whole.Ids, backwards);
        Assert.Equal(registrations.Order(StringComparer.Ordinal), whole.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Participants_sort_by_identity_number_and_state_and_filter_by_states_and_results_on_a_module()
    {
        var (offeringId, registrations) = await OfferingWithPeopleAsync("71003", "93");
        // registrations[i] belongs to People[i], born 1993-01-0(i+1): the identity numbers follow the list.
        var dropout = registrations[2];
        Ok(await host.MutateAsync("recordDropout", "registration { state }", new { registrationId = dropout, date = "2026-10-01" }, StudyAdministrator));
        var draft = await ReportAsync(registrations[0], "0002", "G");
        var ready = await ReadyAsync(await ReportAsync(registrations[1], "0002", "U"), Examiner);
        await ReportAsync(registrations[3], "0001", "VG");

        var byNumber = await ParticipantIdsAsync(offeringId, "orderBy: [{ field: IDENTITY_NUMBER, direction: DESC }]");
        var byState = await ParticipantIdsAsync(offeringId, "orderBy: [{ field: STATE, direction: DESC }, { field: IDENTITY_NUMBER }]");
        var dropouts = await ParticipantIdsAsync(offeringId, "filter: { states: [DROPOUT] }");
        var registered = await ParticipantIdsAsync(offeringId, "filter: { states: [REGISTERED, COMPLETED] }");
        var stillToReport = await ParticipantIdsAsync(offeringId, "filter: { noResultOnModule: \"0002\" }, orderBy: [{ field: IDENTITY_NUMBER }]");
        var readyOn2 = await ParticipantIdsAsync(offeringId, "filter: { resultOnModule: { moduleCode: \"0002\", status: [READY] } }");
        var both = await ParticipantIdsAsync(offeringId, "state: DROPOUT, filter: { noResultOnModule: \"0002\" }");

        // The offering ended on 1 November 2026: everyone but the dropout is REGISTERED, which comes before DROPOUT.
        Assert.Equal(registrations.AsEnumerable().Reverse(), byNumber);
        Assert.Equal([dropout, .. registrations.Where(r => r != dropout)], byState);
        Assert.Equal([dropout], dropouts);
        Assert.Equal(registrations.Where(r => r != dropout).Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
        Assert.Equal(registrations.Where(r => r != registrations[0] && r != registrations[1]), stillToReport);
        Assert.Equal([registrations[1]], readyOn2);
        Assert.Equal([dropout], both);
        Assert.NotNull(draft);
        Assert.NotNull(ready);
    }

    [Fact]
    public async Task Students_sort_by_name_in_Swedish_order()
    {
        var (_, _) = await OfferingWithPeopleAsync("71004", "94");
        var response = await host.PostAsync("""
            { students(first: 500, orderBy: [{ field: LAST_NAME }, { field: FIRST_NAME }]) { nodes { identityNumber firstName lastName } } }
            """, user: StudyAdministrator);
        var descending = await host.PostAsync("""
            { students(first: 500, orderBy: [{ field: LAST_NAME, direction: DESC }, { field: FIRST_NAME, direction: DESC }]) {
              nodes { identityNumber firstName lastName } } }
            """, user: StudyAdministrator);

        Assert.Equal(SwedishOrder, Mine(response.Data["students"]!["nodes"]!.AsArray()));
        Assert.Equal(SwedishOrder.Reverse(), Mine(descending.Data["students"]!["nodes"]!.AsArray()));

        static List<string> Mine(JsonArray nodes) => nodes
            .Where(n => n!["identityNumber"]!.GetValue<string>().StartsWith("199401", StringComparison.Ordinal))
            .Select(n => $"{n!["lastName"]!.GetValue<string>()} {n["firstName"]!.GetValue<string>()}").ToList();
    }

    [Fact]
    public async Task Results_filter_by_status_reporter_course_offering_and_module_sort_and_stay_within_the_departments_one_may_read()
    {
        var (offeringId, registrations) = await OfferingWithPeopleAsync("71005", "95");
        var first = await ReportAsync(registrations[0], "0001", "G");
        var second = await ReportAsync(registrations[1], "0001", "VG");
        var third = await ReportAsync(registrations[2], "0002", "G");
        var rejected = await ReadyAsync(await ReportAsync(registrations[3], "0001", "U"), Examiner);
        Ok(await host.MutateAsync("rejectResults", "results { id }", new { results = new[] { Ref(rejected) }, reason = "Wrong student." }, Examiner));

        var drafts = await ResultIdsAsync(
            $"filter: {{ status: [DRAFT], reportedBy: \"{Reporter}\", offeringId: \"{offeringId}\" }}, orderBy: [{{ field: LAST_NAME }}]", Reporter);
        var draftsDescending = await ResultIdsAsync(
            $"filter: {{ status: [DRAFT], offeringId: \"{offeringId}\" }}, orderBy: [{{ field: LAST_NAME, direction: DESC }}]", Reporter);
        var onModule = await ResultIdsAsync($"filter: {{ courseCode: \"5DV001\", offeringId: \"{offeringId}\", moduleCode: \"0002\" }}", Reporter);
        var returned = await ResultIdsAsync($"filter: {{ status: [REJECTED], reportedBy: \"{Reporter}\", offeringId: \"{offeringId}\" }}", Reporter);
        var byStatus = await ResultIdsAsync(
            $"filter: {{ offeringId: \"{offeringId}\" }}, orderBy: [{{ field: STATUS, direction: DESC }}, {{ field: LAST_NAME }}]", Reporter);
        var elsewhere = await host.PostAsync($"{{ results(filter: {{ offeringId: \"{offeringId}\" }}) {{ totalCount }} }}", user: "stadmma");

        // Öberg (0), Åberg Bo (1), Zetterberg (2): by last name Zetterberg, Åberg, Öberg.
        Assert.Equal([Id(third), Id(second), Id(first)], drafts);
        Assert.Equal([Id(first), Id(second), Id(third)], draftsDescending);
        Assert.Equal([Id(third)], onModule);
        Assert.Equal([Id(rejected)], returned);
        Assert.Equal([Id(rejected), Id(third), Id(second), Id(first)], byStatus);
        Assert.Equal(0, elsewhere.Data["results"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_attestation_queue_filters_by_scope_course_and_offering_and_lists_removal_requests_when_asked()
    {
        var (offeringId, registrations) = await OfferingWithPeopleAsync("71006", "96");
        var namingMe = await ReadyAsync(await ReportAsync(registrations[0], "0001", "G"), Examiner);
        var namingAnother = await ReadyAsync(await ReportAsync(registrations[1], "0001", "G"), "examother");
        var attested = await ReadyAsync(await ReportAsync(registrations[2], "0001", "VG"), Examiner);
        attested = Ok(await host.MutateAsync("attestResults", "results { id version }", new { results = new[] { Ref(attested) } }, Examiner), "results")[0]!;
        var removal = Ok(await host.MutateAsync("requestResultRemoval", "result { id version status }",
            new { result = Ref(attested), reason = "Reported on the wrong student." }, Reporter), "result");

        var named = await AwaitingAsync($"scope: NAMED_ME, offeringId: \"{offeringId}\"");
        var all = await AwaitingAsync($"scope: ALL_I_MAY_ATTEST, offeringId: \"{offeringId}\"");
        var unscoped = await AwaitingAsync($"offeringId: \"{offeringId}\"");
        var removals = await AwaitingAsync($"scope: ALL_I_MAY_ATTEST, kinds: [REMOVAL_REQUEST], offeringId: \"{offeringId}\"");
        var everything = await AwaitingAsync($"kinds: [RESULT, REMOVAL_REQUEST], courseCode: \"5DV001\", offeringId: \"{offeringId}\"");
        var otherCourse = await AwaitingAsync($"courseCode: \"5DV002\", offeringId: \"{offeringId}\"");

        Assert.Equal([(Id(namingMe), "READY")], named);
        Assert.Equal([(Id(namingMe), "READY"), (Id(namingAnother), "READY")], all);
        Assert.Equal(all, unscoped);
        Assert.Equal([(Id(removal), "REMOVAL_REQUESTED")], removals);
        Assert.Equal([(Id(namingMe), "READY"), (Id(namingAnother), "READY"), (Id(removal), "REMOVAL_REQUESTED")], everything);
        Assert.Empty(otherCourse);
    }

    [Fact]
    public async Task Courses_in_a_term_are_those_with_an_offering_starting_in_it_or_running_into_it()
    {
        var before = await CourseCodesAsync("HT2027");
        await OfferingAsync("5DV003", "73001", "HT2027", "2027-08-30", "2027-10-31");
        await OfferingAsync("5DV004", "73002", "HT2027", "2027-08-30", "2028-06-04");

        Assert.Empty(before);
        Assert.Equal(["5DV003", "5DV004"], await CourseCodesAsync("HT2027"));
        Assert.Equal(["5DV004"], await CourseCodesAsync("VT2028"));
        // The Term scalar refuses a misspelt term when the document is read.
        var wrong = await host.PostAsync("{ courses(term: \"HT27\") { totalCount } }", user: Admin);
        Assert.Equal(["INVALID_DOCUMENT"], wrong.ErrorCodes);
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var (offeringId, _) = await OfferingWithPeopleAsync("71007", "97");
        var byName = await ParticipantPageAsync(offeringId, "[{ field: LAST_NAME }]", "first: 1");
        var byRegistration = await host.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 1) { pageInfo { endCursor } } } } }
            """, new { id = offeringId }, StudyAdministrator);
        var cursor = byRegistration.Data["node"]!["participants"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var refused = await host.PostAsync($$"""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 1, after: "{{cursor}}",
              orderBy: [{ field: LAST_NAME }, { field: FIRST_NAME }]) { totalCount } } } }
            """, new { id = offeringId }, StudyAdministrator);
        var otherKeys = await host.PostAsync($$"""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 1, after: "{{byName.EndCursor}}",
              orderBy: [{ field: LAST_NAME }, { field: FIRST_NAME }]) { totalCount } } } }
            """, new { id = offeringId }, StudyAdministrator);

        Assert.Equal(["VALIDATION"], refused.ErrorCodes);
        Assert.Equal(["VALIDATION"], otherKeys.ErrorCodes);
    }

    [Fact]
    public async Task Permission_applications_sort_by_status_and_submission_both_ways()
    {
        // Three applications at DV: one rejected, two pending, sent in that order.
        var first = await ApplyAsync("STUDY_ADMINISTRATOR");
        Ok(await host.MutateAsync("decidePermissionApplication", "application { status }",
            new { applicationId = first, approve = false, reason = "Not at DV." }, "prefdv"));
        var second = await ApplyAsync("EXAMINER");
        var third = await ApplyAsync("RESULT_REPORTER");

        var oldestFirst = await ApplicationIdsAsync("");
        var byStatusNewestFirst = await ApplicationIdsAsync("orderBy: [{ field: STATUS }, { field: SUBMITTED_AT, direction: DESC }]");
        var byStatusDescending = await ApplicationIdsAsync("orderBy: [{ field: STATUS, direction: DESC }, { field: SUBMITTED_AT }]");

        Assert.Equal([first, second, third], oldestFirst);
        Assert.Equal([third, second, first], byStatusNewestFirst);
        Assert.Equal([first, second, third], byStatusDescending);

        async Task<string> ApplyAsync(string profileCode) => Id(Ok(await host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode, organisationUnitCode = "DV", motivation = "Listed" }, "listapplicant"), "application"));

        async Task<List<string>> ApplicationIdsAsync(string arguments)
        {
            var response = await host.PostAsync(
                $"{{ permissionApplications(first: 500{(arguments.Length > 0 ? ", " + arguments : "")}) {{ nodes {{ id userId }} }} }}", user: "prefdv");
            Assert.Empty(response.Errors);
            return response.Data["permissionApplications"]!["nodes"]!.AsArray()
                .Where(n => n!["userId"]!.GetValue<string>() == "listapplicant").Select(n => Id(n!)).ToList();
        }
    }

    [Fact]
    public async Task Each_work_queue_counts_what_its_list_query_lists()
    {
        // Something in every queue: a draft and a rejected result of the reporter's, a ready result and a removal request for the
        // examiner, a pending application for the prefekt (the demo data holds more of each).
        var (_, registrations) = await OfferingWithPeopleAsync("71008", "98");
        await ReportAsync(registrations[0], "0001", "G");
        var rejected = await ReadyAsync(await ReportAsync(registrations[1], "0001", "U"), Examiner);
        Ok(await host.MutateAsync("rejectResults", "results { id }", new { results = new[] { Ref(rejected) }, reason = "Wrong grade." }, Examiner));
        await ReadyAsync(await ReportAsync(registrations[2], "0001", "G"), Examiner);
        var attested = await ReadyAsync(await ReportAsync(registrations[3], "0001", "VG"), Examiner);
        attested = Ok(await host.MutateAsync("attestResults", "results { id version }", new { results = new[] { Ref(attested) } }, Examiner), "results")[0]!;
        Ok(await host.MutateAsync("requestResultRemoval", "result { id }", new { result = Ref(attested), reason = "Wrong student." }, Reporter));
        Ok(await host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode = "RESULT_REPORTER", organisationUnitCode = "DV", motivation = "I teach at DV" }, "nyanst"));

        var counts = new Dictionary<string, Dictionary<string, int>>();
        foreach (var user in new[] { Reporter, Examiner, "prefdv", "nyanst" })
        {
            var queues = await host.PostAsync("""
                { me { workQueues { draftsToMarkReady returnedToMe awaitingMyAttestation removalRequestsToAttest applicationsToDecide } } }
                """, user: user);
            Assert.Empty(queues.Errors);
            var mine = queues.Data["me"]!["workQueues"]!.AsObject().ToDictionary(q => q.Key, q => q.Value!.GetValue<int>());
            var lists = new Dictionary<string, int>
            {
                ["draftsToMarkReady"] = await TotalAsync($"results(filter: {{ reportedBy: \"{user}\", status: [DRAFT] }})", user),
                ["returnedToMe"] = await TotalAsync($"results(filter: {{ reportedBy: \"{user}\", status: [REJECTED] }})", user),
                ["awaitingMyAttestation"] = await TotalAsync("resultsAwaitingAttestation(scope: ALL_I_MAY_ATTEST)", user),
                ["removalRequestsToAttest"] = await TotalAsync("resultsAwaitingAttestation(scope: ALL_I_MAY_ATTEST, kinds: [REMOVAL_REQUEST])", user),
                ["applicationsToDecide"] = await TotalAsync("permissionApplications(status: PENDING)", user),
            };
            Assert.Equal(lists, mine);
            counts[user] = mine;
        }

        Assert.True(counts[Reporter]["draftsToMarkReady"] > 0 && counts[Reporter]["returnedToMe"] > 0);
        Assert.True(counts[Examiner]["awaitingMyAttestation"] > 0 && counts[Examiner]["removalRequestsToAttest"] > 0);
        Assert.True(counts["prefdv"]["applicationsToDecide"] > 0);
        Assert.All(counts["nyanst"].Values, count => Assert.Equal(0, count));
    }

    // Helpers

    /// <summary>A list's totalCount as the user sees it; 0 when the user may not use the list at all (FORBIDDEN).</summary>
    private async Task<int> TotalAsync(string field, string user)
    {
        var response = await host.PostAsync($"{{ {field} {{ totalCount }} }}", user: user);
        if (response.ErrorCodes.SequenceEqual(["FORBIDDEN"])) return 0;
        Assert.Empty(response.Errors);
        return ((JsonObject)response.Data).Single().Value!["totalCount"]!.GetValue<int>();
    }

    /// <summary>A new offering of 5DV001 in HT2026 (31 August to 1 November) with <see cref="People"/> registered, born 19YY-01-0i.</summary>
    private async Task<(string OfferingId, List<string> Registrations)> OfferingWithPeopleAsync(string code, string year)
    {
        var offeringId = await OfferingAsync("5DV001", code, "HT2026", "2026-08-31", "2026-11-01");
        var registrations = new List<string>();
        for (var i = 0; i < People.Length; i++)
        {
            var student = Ok(await host.MutateAsync("createStudent", "student { id }",
                new { identityNumber = IdentityNumbers.Personal($"{year}010{i + 1}2{i}0"), firstName = People[i].First, lastName = People[i].Last },
                StudyAdministrator), "student");
            var registration = Ok(await host.MutateAsync("registerStudent", "registration { id }", new { studentId = Id(student), offeringId },
                StudyAdministrator), "registration");
            registrations.Add(Id(registration));
        }
        return (offeringId, registrations);
    }

    private async Task<string> OfferingAsync(string courseCode, string code, string term, string startDate, string endDate)
    {
        var course = await host.PostAsync("query($c: String!) { course(code: $c) { currentVersion { id } } }", new { c = courseCode }, Admin);
        var offering = Ok(await host.MutateAsync("createOffering", "offering { id }",
            new { courseVersionId = Id(course.Data["course"]!["currentVersion"]!), code, term, startDate, endDate, pacePercent = 100 }, Admin), "offering");
        return Id(offering);
    }

    private async Task<JsonNode> ReportAsync(string registrationId, string moduleCode, string grade) =>
        Ok(await host.MutateAsync("reportResult", "result { id version status }",
            new { registrationId, moduleCode, grade, examinationDate = "2026-10-20" }, Reporter), "result");

    private async Task<JsonNode> ReadyAsync(JsonNode draft, string examiner) =>
        Ok(await host.MutateAsync("markResultsReady", "results { id version status }", new { results = new[] { Ref(draft) }, examiners = new[] { examiner } },
            Reporter), "results")[0]!;

    private async Task<List<string>> ParticipantNamesAsync(string offeringId, string orderBy)
    {
        var response = await host.PostAsync($$"""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 50, orderBy: {{orderBy}}) {
              nodes { student { firstName lastName } } } } } }
            """, new { id = offeringId }, StudyAdministrator);
        Assert.Empty(response.Errors);
        return response.Data["node"]!["participants"]!["nodes"]!.AsArray()
            .Select(n => $"{n!["student"]!["lastName"]!.GetValue<string>()} {n["student"]!["firstName"]!.GetValue<string>()}").ToList();
    }

    private async Task<List<string>> ParticipantIdsAsync(string offeringId, string arguments)
    {
        var response = await host.PostAsync($$"""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 50, {{arguments}}) {
              totalCount nodes { registration { id } } } } } }
            """, new { id = offeringId }, StudyAdministrator);
        Assert.Empty(response.Errors);
        var participants = response.Data["node"]!["participants"]!;
        var ids = participants["nodes"]!.AsArray().Select(n => Id(n!["registration"]!)).ToList();
        Assert.Equal(ids.Count, participants["totalCount"]!.GetValue<int>());
        return ids;
    }

    private async Task<(List<string> Ids, bool HasNext, bool HasPrevious, string? StartCursor, string? EndCursor)> ParticipantPageAsync(
        string offeringId, string orderBy, string paging)
    {
        var response = await host.PostAsync($$"""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants({{paging}}, orderBy: {{orderBy}}) {
              nodes { registration { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }
            """, new { id = offeringId }, StudyAdministrator);
        Assert.Empty(response.Errors);
        var participants = response.Data["node"]!["participants"]!;
        var info = participants["pageInfo"]!;
        return (participants["nodes"]!.AsArray().Select(n => Id(n!["registration"]!)).ToList(), info["hasNextPage"]!.GetValue<bool>(),
            info["hasPreviousPage"]!.GetValue<bool>(), info["startCursor"]?.GetValue<string>(), info["endCursor"]?.GetValue<string>());
    }

    private async Task<List<string>> ResultIdsAsync(string arguments, string user)
    {
        var response = await host.PostAsync($"{{ results(first: 50, {arguments}) {{ totalCount nodes {{ id }} }} }}", user: user);
        Assert.Empty(response.Errors);
        var ids = response.Data["results"]!["nodes"]!.AsArray().Select(n => Id(n!)).ToList();
        Assert.Equal(ids.Count, response.Data["results"]!["totalCount"]!.GetValue<int>());
        return ids;
    }

    private async Task<List<(string Id, string Status)>> AwaitingAsync(string arguments)
    {
        var response = await host.PostAsync($"{{ resultsAwaitingAttestation(first: 50, {arguments}) {{ nodes {{ id status }} }} }}", user: Examiner);
        Assert.Empty(response.Errors);
        return response.Data["resultsAwaitingAttestation"]!["nodes"]!.AsArray().Select(n => (Id(n!), n!["status"]!.GetValue<string>())).ToList();
    }

    private async Task<List<string>> CourseCodesAsync(string term)
    {
        var response = await host.PostAsync("query($t: Term!) { courses(first: 50, term: $t) { nodes { code } } }", new { t = term }, Admin);
        Assert.Empty(response.Errors);
        return response.Data["courses"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()).ToList();
    }

    private static JsonNode Ok(JsonNode payload, string? field = null)
    {
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return field is null ? payload : payload[field]!;
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
