using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>Students and registrations through /graphql, as the demo university's study administrators use them.</summary>
public sealed class RecordsApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string CreateSelection = "student { id identityNumber kind name email }";
    private const string RegisterSelection = "registration { id kind term courseCode offeringCode offeringId registeredBy } student { identityNumber }";

    [Fact]
    public async Task A_study_administrator_creates_a_student_and_registers_them_on_an_offering_of_their_department()
    {
        var offeringId = await OfferingIdAsync("5DV001", "HT2025");

        var created = await Mutate("createStudent", CreateSelection,
            new { identityNumber = "811218-9876", firstName = "Sven", lastName = "Svensson", email = "sven@example.se" }, "stadmdv");
        var studentId = created["student"]!["id"]!.GetValue<string>();
        var registered = await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId, kind = "FIRST_TIME" }, "stadmdv");

        Assert.Empty(created["errors"]!.AsArray());
        Assert.Equal("198112189876", created["student"]!["identityNumber"]!.GetValue<string>());
        Assert.Equal("PERSONAL", created["student"]!["kind"]!.GetValue<string>());
        Assert.Equal("Sven Svensson", created["student"]!["name"]!.GetValue<string>());
        Assert.Empty(registered["errors"]!.AsArray());
        var registration = registered["registration"]!;
        Assert.Equal(("FIRST_TIME", "HT2025", "5DV001", offeringId, "stadmdv"), (
            registration["kind"]!.GetValue<string>(), registration["term"]!.GetValue<string>(), registration["courseCode"]!.GetValue<string>(),
            registration["offeringId"]!.GetValue<string>(), registration["registeredBy"]!.GetValue<string>()));
        Assert.Equal("198112189876", registered["student"]!["identityNumber"]!.GetValue<string>());
        Assert.Equal(1L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM records.registrations r JOIN records.students s ON s.id = r.student_id WHERE s.identity_number = '198112189876'"));
    }

    [Fact]
    public async Task The_demo_university_has_a_few_hundred_students_with_results_in_every_workflow_state()
    {
        Assert.InRange(await host.ScalarAsync<long>("SELECT count(*) FROM records.students WHERE created_by = 'demo-seed'"), 250, 400);
        Assert.Equal(
            ["Attested", "Draft", "Ready", "Rejected", "RemovalRequested", "Removed"],
            (await host.ScalarAsync<string[]>(
                "SELECT array_agg(DISTINCT status ORDER BY status) FROM records.results WHERE reported_by = 'lararedv'")).Order(StringComparer.Ordinal));
        Assert.True(await host.ScalarAsync<long>("SELECT count(*) FROM records.results WHERE origin = 'CreditTransfer'") > 0);

        var awaiting = await host.PostAsync("{ resultsAwaitingAttestation(first: 500) { totalCount nodes { origin } } }", user: "examdv");
        Assert.True(awaiting.Data["resultsAwaitingAttestation"]!["totalCount"]!.GetValue<int>() > 0, awaiting.Body?.ToJsonString());
        // A credit transfer the study administrator recorded waits for the examiner.
        Assert.Contains(awaiting.Data["resultsAwaitingAttestation"]!["nodes"]!.AsArray(), n => n!["origin"]!.GetValue<string>() == "CREDIT_TRANSFER");
    }

    [Fact]
    public async Task The_demo_university_has_a_student_whose_samordningsnummer_was_replaced_by_a_personnummer_and_who_is_found_by_both()
    {
        var former = await host.ScalarAsync<string>("SELECT identity_number FROM records.former_identity_numbers WHERE kind = 'Coordination' LIMIT 1");

        var response = await host.PostAsync("""
            query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { identityNumber kind formerIdentityNumbers { identityNumber kind } } }
            """, new { n = former }, "stadmdv");

        var student = response.Data["student"]!;
        Assert.Equal("PERSONAL", student["kind"]!.GetValue<string>());
        Assert.Equal([(former, "COORDINATION")],
            student["formerIdentityNumbers"]!.AsArray().Select(f => (f!["identityNumber"]!.GetValue<string>(), f["kind"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_students_registrations_are_listed_by_any_written_form_of_the_number()
    {
        var number = Personal("900315123");
        var studentId = await CreateStudentAsync(number, "stadmdv");
        await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId = await OfferingIdAsync("5DV001", "HT2025") }, "stadmdv");
        await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId = await OfferingIdAsync("5MA001", "HT2025") }, "stadmma");
        // A repeat (OM) follows an earlier registration on the same course.
        await Mutate(
            "registerStudent", RegisterSelection, new { studentId, offeringId = await OfferingIdAsync("5DV001", "VT2026"), kind = "REPEAT" }, "stadmdv");

        var response = await host.PostAsync("""
            query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { id identityNumber name registrations { kind term courseCode student { id } } } }
            """, new { n = "19" + number.Replace("-", "", StringComparison.Ordinal) }, user: "ladokadm"); // reads at every department

        Assert.Empty(response.Errors);
        var student = response.Data["student"]!;
        Assert.Equal(studentId, student["id"]!.GetValue<string>());
        Assert.Equal([("FIRST_TIME", "5DV001"), ("FIRST_TIME", "5MA001"), ("REPEAT", "5DV001")], student["registrations"]!.AsArray()
            .Select(r => (r!["kind"]!.GetValue<string>(), r["courseCode"]!.GetValue<string>())));
        Assert.All(student["registrations"]!.AsArray(), r => Assert.Equal(studentId, r!["student"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_study_administrator_at_DV_may_not_register_on_an_MA_offering_and_nothing_is_stored()
    {
        var studentId = await CreateStudentAsync(Personal("900316123"), "stadmdv");

        var refused = await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId = await OfferingIdAsync("5MA001", "HT2025") }, "stadmdv");

        Assert.Null(refused["registration"]);
        Assert.Equal(["FORBIDDEN"], ErrorCodes(refused));
        Assert.Contains("(MA)", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0L, await RegistrationsOfAsync("900316123"));
    }

    [Fact]
    public async Task A_study_administrator_at_MA_may_not_register_on_a_DV_offering_but_may_on_their_own()
    {
        var studentId = await CreateStudentAsync(Personal("900317123"), "stadmma");

        var refused = await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId = await OfferingIdAsync("5DV001", "HT2025") }, "stadmma");
        var countAfterRefusal = await RegistrationsOfAsync("900317123");
        var allowed = await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId = await OfferingIdAsync("5MA001", "HT2025") }, "stadmma");

        Assert.Equal(["FORBIDDEN"], ErrorCodes(refused));
        Assert.Contains("(DV)", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0L, countAfterRefusal);
        Assert.Empty(allowed["errors"]!.AsArray());
        Assert.Equal(1L, await RegistrationsOfAsync("900317123"));
    }

    [Fact]
    public async Task A_new_employee_without_permissions_gets_403_for_createStudent_and_nothing_is_stored()
    {
        var response = await host.PostAsync("""
            mutation($input: CreateStudentInput!) { createStudent(input: $input) { student { id } errors { code } } }
            """, new { input = new { identityNumber = Personal("900318123"), firstName = "Ny", lastName = "Anställd" } }, user: "nyanst");

        Assert.Equal(403, response.Status);
        Assert.Contains("FORBIDDEN", response.ErrorCodes);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM records.students WHERE identity_number LIKE '19900318%'"));
    }

    [Fact]
    public async Task Registering_on_the_same_offering_twice_is_a_conflict_and_stores_one_registration()
    {
        var studentId = await CreateStudentAsync(Personal("900319123"), "stadmdv");
        var offeringId = await OfferingIdAsync("5DV001", "HT2025");
        await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId }, "stadmdv");

        var again = await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId }, "stadmdv");

        Assert.Equal(["CONFLICT"], ErrorCodes(again));
        Assert.Equal(1L, await RegistrationsOfAsync("900319123"));
    }

    [Fact]
    public async Task An_invalid_identity_number_is_a_validation_error_naming_the_rule_and_stores_nothing()
    {
        var wrong = Personal("900320123")[..^1] + (char)('0' + (Personal("900320123")[^1] - '0' + 1) % 10);

        var refused = await host.MutateAsync(
            "createStudent", CreateSelection, new { identityNumber = wrong, firstName = "Fel", lastName = "Nummer" }, "stadmdv", language: "en");
        var lookup = await host.PostAsync("""query { student(identityNumber: "19810230-1234") { id } }""", user: "stadmdv", language: "en");

        Assert.Equal(["VALIDATION"], ErrorCodes(refused));
        Assert.Equal(["input", "identityNumber"], refused["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("check digit", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM records.students WHERE identity_number LIKE '19900320%'"));
        Assert.Equal(["VALIDATION"], lookup.ErrorCodes);
        Assert.Contains("February 1981 has 28 days", lookup.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_number_finds_no_student()
    {
        var response = await host.PostAsync($$"""query { student(identityNumber: "{{Personal("900321123")}}") { id } }""", user: "stadmdv");

        Assert.Empty(response.Errors);
        Assert.Null(response.Data["student"]);
    }

    [Fact]
    public async Task A_cancelled_offering_takes_no_registrations()
    {
        var offering = (await host.PostAsync("""{ offering(courseCode: "5DV007", term: "HT2025") { id version } }""", user: "ladokadm")).Data["offering"]!;
        var cancelled = await Mutate("updateOffering", "offering { status }",
            new { offeringId = offering["id"]!.GetValue<string>(), version = offering["version"]!.GetValue<string>(), status = "CANCELLED" }, "ladokadm");
        var studentId = await CreateStudentAsync(Personal("900322123"), "stadmdv");

        var refused = await Mutate("registerStudent", RegisterSelection, new { studentId, offeringId = offering["id"]!.GetValue<string>() }, "stadmdv");

        Assert.Equal("CANCELLED", cancelled["offering"]!["status"]!.GetValue<string>());
        Assert.Equal(["VALIDATION"], ErrorCodes(refused));
        Assert.Equal(0L, await RegistrationsOfAsync("900322123"));
    }

    [Fact]
    public async Task Students_are_listed_and_fetched_by_their_node_id()
    {
        var studentId = await CreateStudentAsync(Personal("900323123"), "stadmdv");

        var listed = await host.PostAsync("""{ students(first: 5, search: "900323") { totalCount edges { node { id } } } }""", user: "examdv");
        var node = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on Student { identityNumber } } }", new { id = studentId }, user: "examdv");

        Assert.Empty(listed.Errors);
        Assert.Equal(1, listed.Data["students"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(studentId, listed.Data["students"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>());
        Assert.Equal("19900323123" + Luhn("900323123"), node.Data["node"]!["identityNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_mutation_in_a_document_shows_the_state_right_after_it_not_after_the_last()
    {
        var studentId = await CreateStudentAsync(Personal("900324123"), "stadmdv");

        // The spec runs a document's mutations in order, each with its payload before the next (GraphQL, 6.2.2).
        var response = await host.PostAsync("""
            mutation($first: RegisterStudentInput!, $second: RegisterStudentInput!) {
              first: registerStudent(input: $first) { student { registrations { courseCode } } errors { code } }
              second: registerStudent(input: $second) { student { registrations { courseCode } } errors { code } }
            }
            """, new
        {
            first = new { studentId, offeringId = await OfferingIdAsync("5DV001", "HT2025") },
            second = new { studentId, offeringId = await OfferingIdAsync("5DV003", "HT2025") },
        }, "stadmdv");

        Assert.True(response.Status == 200, response.Body?.ToJsonString());
        string[] CoursesIn(string alias) =>
            [.. response.Data[alias]!["student"]!["registrations"]!.AsArray().Select(r => r!["courseCode"]!.GetValue<string>())];
        Assert.Equal(["5DV001"], CoursesIn("first"));
        Assert.Equal(["5DV001", "5DV003"], CoursesIn("second"));
    }

    private async Task<string> OfferingIdAsync(string courseCode, string term)
    {
        var response = await host.PostAsync(
            "query($c: String!, $t: Term!) { offering(courseCode: $c, term: $t) { id } }", new { c = courseCode, t = term }, user: "ladokadm");
        return response.Data["offering"]!["id"]!.GetValue<string>();
    }

    private async Task<string> CreateStudentAsync(string identityNumber, string user)
    {
        var created = await Mutate("createStudent", CreateSelection, new { identityNumber, firstName = "Test", lastName = "Student" }, user);
        Assert.True(created["student"] is JsonObject, created.ToJsonString());
        return created["student"]!["id"]!.GetValue<string>();
    }

    private Task<long> RegistrationsOfAsync(string nineDigits) => host.ScalarAsync<long>(
        $"SELECT count(*) FROM records.registrations r JOIN records.students s ON s.id = r.student_id WHERE s.identity_number LIKE '19{nineDigits}%'");

    private Task<JsonNode> Mutate(string mutation, string selection, object input, string user)
        => host.MutateAsync(mutation, selection, input, user);

    private static List<string> ErrorCodes(JsonNode payload) => payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    private static string Personal(string nineDigits) => IdentityNumbers.Personal(nineDigits);

    private static int Luhn(string nineDigits) => IdentityNumbers.CheckDigit(nineDigits);
}
