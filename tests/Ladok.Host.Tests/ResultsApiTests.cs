using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>The result workflow through /graphql, as the demo university's reporter and examiner use it.</summary>
public sealed class ResultsApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Reporter = "lararedv", Examiner = "examdv", StudyAdministrator = "stadmdv";
    private const string ResultFields = "result { id version status grade examinationDate decidedBy }";

    [Fact]
    public async Task The_whole_workflow_runs_through_graphql_and_the_study_record_and_audit_trail_show_every_step()
    {
        var number = IdentityNumbers.Personal("990101123");
        var student = (
            await host.MutateAsync(
                "createStudent", "student { id }", new { identityNumber = number, firstName = "Scenario", lastName = "Student" },
                StudyAdministrator))["student"]!;
        var registration = (await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = Id(student), offeringId = await OfferingIdAsync("5DV001") }, StudyAdministrator))["registration"]!;

        var draft = Ok(await host.MutateAsync("reportResult", ResultFields,
            new { registrationId = Id(registration), moduleCode = "0001", grade = "G", examinationDate = "2025-10-20" }, Reporter), "result");
        Assert.Equal("DRAFT", draft["status"]!.GetValue<string>());
        var ready = Ok(
            await host.MutateAsync(
                "markResultsReady", "results { id version status examiners }",
                new { results = new[] { Ref(draft) }, examiners = new[] { Examiner } }, Reporter), "results")[0]!;
        Assert.Equal("READY", ready["status"]!.GetValue<string>());

        var awaiting = await host.PostAsync("{ resultsAwaitingAttestation(first: 500) { nodes { id } } }", user: Examiner);
        Assert.Contains(Id(draft), awaiting.Data["resultsAwaitingAttestation"]!["nodes"]!.AsArray().Select(n => Id(n!)));

        var attested = Ok(
            await host.MutateAsync("attestResults", "results { id version status decidedBy }", new { results = new[] { Ref(ready) } }, Examiner),
            "results")[0]!;
        Assert.Equal(("ATTESTED", Examiner), (attested["status"]!.GetValue<string>(), attested["decidedBy"]!.GetValue<string>()));
        var requested = Ok(
            await host.MutateAsync(
                "requestResultRemoval", ResultFields, new { result = Ref(attested), reason = "Reported on the wrong module." }, Reporter), "result");
        var removed = Ok(await host.MutateAsync("attestResultRemoval", ResultFields, new { result = Ref(requested) }, Examiner), "result");
        Assert.Equal("REMOVED", removed["status"]!.GetValue<string>());

        var second = Ok(await host.MutateAsync("reportResult", ResultFields,
            new { registrationId = Id(registration), moduleCode = "0001", grade = "VG", examinationDate = "2025-10-21" }, Reporter), "result");
        var secondReady = Ok(
            await host.MutateAsync(
                "markResultsReady", "results { id version }", new { results = new[] { Ref(second) }, examiners = new[] { Examiner } }, Reporter),
                    "results")[0]!;
        Ok(await host.MutateAsync("attestResults", "results { id }", new { results = new[] { Ref(secondReady) } }, Examiner), "results");

        var record = await host.PostAsync("""
            query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { studyRecord { courseCode attainedCredits
              attestedResults { id grade moduleCode } resultsInProgress { id } removedResults { id grade removedBy } } } }
            """, new { n = number }, StudyAdministrator);
        var course = Assert.Single(record.Data["student"]!["studyRecord"]!.AsArray())!;
        Assert.Equal(("5DV001", 4.5m), (course["courseCode"]!.GetValue<string>(), course["attainedCredits"]!.GetValue<decimal>()));
        Assert.Equal([(Id(second), "VG")], course["attestedResults"]!.AsArray().Select(r => (Id(r!), r!["grade"]!.GetValue<string>())));
        Assert.Empty(course["resultsInProgress"]!.AsArray());
        Assert.Equal(
            [(Id(draft), "G", Examiner)],
            course["removedResults"]!.AsArray().Select(r => (Id(r!), r!["grade"]!.GetValue<string>(), r["removedBy"]!.GetValue<string>())));

        var trail = await host.PostAsync("""
            query($id: ID!) { auditTrail(subjectId: $id, first: 50) { nodes { action changedBy changes { field old new } } } }
            """, new { id = Id(draft) }, StudyAdministrator);
        var steps = trail.Data["auditTrail"]!["nodes"]!.AsArray()
            .Select(e => (e!["action"]!.GetValue<string>(), e["changedBy"]!.GetValue<string>(),
                e["changes"]!.AsArray().FirstOrDefault(c => c!["field"]!.GetValue<string>() == "status")?["new"]?.GetValue<string>()))
            .ToList();
        Assert.Equal([
            ("CREATED", Reporter, "Draft"), ("UPDATED", Reporter, "Ready"), ("UPDATED", Examiner, "Attested"),
            ("UPDATED", Reporter, "RemovalRequested"), ("UPDATED", Examiner, "Removed")], steps);

        Assert.Equal(2L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.result-attested' AND payload->>'studentId' = (SELECT id::text " +
            $"FROM records.students WHERE identity_number = '19{number.Replace("-", "", StringComparison.Ordinal)}')"));
        Assert.Equal(1L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.result-removed' AND payload->>'resultId' = '{GuidOf(draft)}'"));
    }

    [Fact]
    public async Task A_bulk_report_says_per_row_what_it_did_and_sending_it_again_changes_nothing()
    {
        var offeringId = await OfferingIdAsync("5DV001");
        var numbers = new[] { "990201123", "990202123", "990203123" }.Select(IdentityNumbers.Personal).ToList();
        foreach (var number in numbers.Take(2))
        {
            var student = (
                await host.MutateAsync(
                    "createStudent", "student { id }", new { identityNumber = number, firstName = "Bulk", lastName = "Student" },
                    StudyAdministrator))["student"]!;
            await host.MutateAsync("registerStudent", "registration { id }", new { studentId = Id(student), offeringId }, StudyAdministrator);
        }
        var input = new
        {
            idempotencyKey = "5DV001-HT2025-0002-exam-1",
            offeringId,
            moduleCode = "0002",
            rows = new object[]
            {
                new { identityNumber = numbers[0], grade = "G", examinationDate = "2025-10-30" },
                new { identityNumber = numbers[1], grade = "VG", examinationDate = "2025-10-30" },
                new { identityNumber = numbers[2], grade = "G", examinationDate = "2025-10-30" },
            },
        };
        const string Selection = "rows { index outcome errors { code path } } created unchanged invalid";

        var first = Ok(await host.MutateAsync("reportResults", Selection, input, Reporter), "rows");
        var again = await host.MutateAsync("reportResults", Selection, input, Reporter);
        var reused = await host.MutateAsync(
            "reportResults", Selection, new { input.idempotencyKey, input.offeringId, input.moduleCode, rows = input.rows.Take(1).ToArray() }, Reporter);

        Assert.Equal(["CREATED", "INVALID", "INVALID"], first.AsArray().Select(r => r!["outcome"]!.GetValue<string>()));
        Assert.Equal(["input", "rows", "1", "grade"], first[1]!["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal((0, 1, 2), (again["created"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>(), again["invalid"]!.GetValue<int>()));
        Assert.Equal(["CONFLICT"], reused["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
        Assert.Equal(1L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM records.results r JOIN records.students s ON s.id = r.student_id WHERE s.identity_number IN " +
            $"({string.Join(", ", numbers.Select(n => $"'19{n.Replace("-", "", StringComparison.Ordinal)}'"))}) AND r.module_code = '0002'"));
    }

    [Fact]
    public async Task Participants_with_their_results_are_read_in_the_same_few_round_trips_for_5_or_500_once_per_student_over_two_terms()
    {
        var offeringId = await OfferingIdAsync("5DV003");
        // 500 students registered straight in the tables, each with an FFG and an FO term: the test is about reading them.
        await host.ExecuteAsync($"""
            INSERT INTO records.students (id, identity_number, kind, first_name, last_name, created_at, created_by)
            SELECT gen_random_uuid(), 'P' || lpad(n::text, 11, '0'), 'Interim', 'Participant', 'No ' || n, now(), 'test' FROM generate_series(1, 500) n;
            INSERT INTO records.registrations (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind,
                registered_at, registered_by)
            SELECT gen_random_uuid(), s.id, '{GuidOfGlobal(offeringId)}', '{await CourseIdAsync("5DV003")}', '5DV003',
                '{await DepartmentIdAsync("DV")}', '10001', 'HT2025', 'FirstTime', now(), 'test'
            FROM records.students s WHERE s.identity_number LIKE 'P%';
            INSERT INTO records.registrations (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind,
                registered_at, registered_by)
            SELECT gen_random_uuid(), student_id, offering_id, course_id, course_code, department_id, offering_code, 'VT2026', 'Continuation', now(), 'test'
            FROM records.registrations WHERE registered_by = 'test' AND term = 'HT2025';
            """);

        var (few, _) = await RoundTripsAsync(offeringId, 5);
        var (many, terms) = await RoundTripsAsync(offeringId, 500);

        // Which five come first depends on the students other tests have added; among 500 the inserted ones are there.
        Assert.Contains(("VT2026", "HT2025 VT2026"), terms);
        Assert.Equal(few, many);
        Assert.InRange(many, 1, 8);
    }

    [Fact]
    public async Task A_lookup_that_finds_nobody_says_what_the_register_covers_and_where_older_records_are()
    {
        var response = await host.PostAsync("query($n: PersonalIdentityNumber!) { studentLookup(identityNumber: $n) { student { id } coverageNote } }",
            new { n = IdentityNumbers.Personal("450101987") }, StudyAdministrator);

        Assert.Empty(response.Errors);
        Assert.Null(response.Data["studentLookup"]!["student"]);
        var note = response.Data["studentLookup"]!["coverageNote"]!.GetValue<string>();
        Assert.Contains("HT1983", note, StringComparison.Ordinal);
        Assert.Contains("microfiche", note, StringComparison.Ordinal);
        Assert.Contains("HT1996", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_in_the_audit_trail_can_be_changed_even_in_the_database()
    {
        await host.MutateAsync(
            "createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal("990301123"), firstName = "Audit", lastName = "Student" }, StudyAdministrator);

        var update = await Assert.ThrowsAnyAsync<Npgsql.PostgresException>(
            () => host.ExecuteAsync("UPDATE records.audit_entries SET changed_by = 'someone else'"));
        var delete = await Assert.ThrowsAnyAsync<Npgsql.PostgresException>(() => host.ExecuteAsync("DELETE FROM records.audit_entries"));

        Assert.Equal("42501", update.SqlState);
        Assert.Equal("42501", delete.SqlState);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM records.audit_entries WHERE changed_by = 'someone else'"));
    }

    private async Task<(int Trips, List<(string Latest, string All)> Terms)> RoundTripsAsync(string offeringId, int first)
    {
        using var trips = new SqlRoundTrips(host.DatabaseName);
        var response = await host.PostAsync("""
            query($id: ID!, $first: Int!) { node(id: $id) { ... on CourseOffering { participants(first: $first) { nodes {
              student { identityNumber name } registration { kind term } registrations { term } results { grade status examinationDate } } } } } }
            """, new { id = offeringId, first }, StudyAdministrator);
        Assert.Empty(response.Errors);
        var nodes = response.Data["node"]!["participants"]!["nodes"]!.AsArray();
        Assert.Equal(first, nodes.Select(n => n!["student"]!["identityNumber"]!.GetValue<string>()).Distinct().Count());
        // Each participant carries the latest of their registrations; the students inserted above have both terms.
        var terms = nodes.Select(
            n => (Latest: n!["registration"]!["term"]!.GetValue<string>(),
                All: string.Join(" ", n["registrations"]!.AsArray().Select(r => r!["term"]!.GetValue<string>())))).ToList();
        Assert.All(terms, t => Assert.EndsWith(t.Latest, t.All, StringComparison.Ordinal));
        return (trips.Count, terms);
    }

    private async Task<string> OfferingIdAsync(string courseCode)
    {
        var response = await host.PostAsync("query($c: String!) { offering(courseCode: $c, term: \"HT2025\") { id } }", new { c = courseCode }, "ladokadm");
        return Id(response.Data["offering"]!);
    }

    private Task<Guid> CourseIdAsync(string code) => host.ScalarAsync<Guid>($"SELECT id FROM catalogue.courses WHERE code = '{code}'");

    private Task<Guid> DepartmentIdAsync(string code) => host.ScalarAsync<Guid>($"SELECT id FROM catalogue.organisation_units WHERE code = '{code}'");

    private static JsonNode Ok(JsonNode payload, string field)
    {
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload[field]!;
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static Guid GuidOf(JsonNode node) => GuidOfGlobal(Id(node));

    private static Guid GuidOfGlobal(string id) => Kernel.GraphQL.Relay.GlobalId.TryParse(id, out var parsed) ? parsed.Value.Id
        : throw new ArgumentException(id);

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
