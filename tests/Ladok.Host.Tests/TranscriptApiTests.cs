using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ladok.Kernel.Http;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Host.Tests;

/// <summary>
/// Transcripts (resultatintyg) through /graphql and /transcripts/{code}.pdf, as a study administrator issues them and a stranger checks them.
/// </summary>
public sealed class TranscriptApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Reporter = "lararedv", Examiner = "examdv", StudyAdministrator = "stadmdv";
    private const string Issued = "transcript { verificationCode issuedAt json contentHash pdfUrl }";
    private const string Verify = """
        query($code: String!, $content: String, $hash: String) { verifyTranscript(code: $code, content: $content,
            contentHash: $hash) { valid issuedAt studentName content } }
        """;

    [Fact]
    public async Task A_transcript_holds_the_attested_results_and_verifies_without_sign_in_until_its_content_is_changed()
    {
        var student = await StudentWithResultsAsync("990707123", "Åke", "Östlund");

        var issued = Ok(await host.MutateAsync("issueTranscript", Issued, new { studentId = student }, StudyAdministrator), "transcript");
        var content = JsonNode.Parse(issued["json"]!.GetValue<string>())!;

        Assert.Equal("Umeå universitet", content["university"]!.GetValue<string>());
        Assert.Equal("Åke", content["student"]!["firstName"]!.GetValue<string>());
        var course = Assert.Single(content["courses"]!.AsArray())!;
        Assert.Equal("5DV001", course["code"]!.GetValue<string>());
        // The attested 0001 only: the draft on 0002 is not in force.
        var result = Assert.Single(course["results"]!.AsArray())!;
        Assert.Equal(("0001", "VG"), (result["moduleCode"]!.GetValue<string>(), result["grade"]!.GetValue<string>()));
        Assert.Equal(course["attainedCredits"]!.GetValue<decimal>(), content["totalCredits"]!.GetValue<decimal>());

        var code = issued["verificationCode"]!.GetValue<string>();
        var genuine = await host.PostAsync(Verify, new { code, content = issued["json"]!.GetValue<string>() });
        var byHash = await host.PostAsync(
            Verify, new { code = code.Replace("-", "", StringComparison.Ordinal), hash = issued["contentHash"]!.GetValue<string>() });
        result["grade"] = "G";
        var tampered = await host.PostAsync(Verify, new { code, content = content.ToJsonString() });
        var unknown = await host.PostAsync(Verify, new { code = "AAAA-BBBB-CCCC" });

        Assert.Equal((true, "Åke Östlund"), Verification(genuine));
        Assert.Equal((true, "Åke Östlund"), Verification(byHash));
        Assert.False(tampered.Data["verifyTranscript"]!["valid"]!.GetValue<bool>());
        Assert.Equal((false, null), Verification(unknown));
    }

    [Fact]
    public async Task The_pdf_is_served_to_a_study_administrator_and_refused_without_sign_in_or_the_right()
    {
        var student = await StudentWithResultsAsync("990708123", "Pdf", "Student");
        var issued = Ok(await host.MutateAsync("issueTranscript", Issued, new { studentId = student }, StudyAdministrator), "transcript");
        var url = issued["pdfUrl"]!.GetValue<string>().Split('?')[0];

        using var allowed = await GetAsync(url, "stadmma");
        using var anonymous = await GetAsync(url, null);
        using var reporter = await GetAsync(url, Reporter);
        using var unknown = await GetAsync("/transcripts/AAAABBBBCCCC.pdf", StudyAdministrator);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("application/pdf", allowed.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await allowed.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reporter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Issuing_is_refused_without_records_register_and_nothing_is_stored()
    {
        var student = await StudentWithResultsAsync("990709123", "Refused", "Student");
        var before = await host.ScalarAsync<long>("SELECT count(*) FROM reporting.issued_transcripts");

        var reporter = await host.PostAsync(
            LadokHost.MutationDocument("issueTranscript", Issued + " errors { code }"), new { input = new { studentId = student } }, Reporter);
        var anonymous = await host.PostAsync(
            LadokHost.MutationDocument("issueTranscript", Issued + " errors { code }"), new { input = new { studentId = student } });

        Assert.Equal((403, "FORBIDDEN"), (reporter.Status, Assert.Single(reporter.ErrorCodes)));
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, Assert.Single(anonymous.ErrorCodes)));
        Assert.Equal(before, await host.ScalarAsync<long>("SELECT count(*) FROM reporting.issued_transcripts"));
    }

    [Fact]
    public async Task The_pdf_url_works_as_a_plain_link_for_a_short_time_and_not_when_altered_expired_or_its_user_lacks_the_right()
    {
        var student = await StudentWithResultsAsync("990710123", "Link", "Student");
        var link = Ok(await host.MutateAsync("issueTranscript", Issued, new { studentId = student }, StudyAdministrator), "transcript")["pdfUrl"]!
            .GetValue<string>();
        var key = host.Services.GetRequiredService<LinkSigningKey>();
        var path = link.Split('?')[0];
        var expired = new SignedLinks(key, TimeSpan.FromMinutes(5), new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-10))).Sign(path, StudyAdministrator);
        var forReporter = new SignedLinks(key, TimeSpan.FromMinutes(5), TimeProvider.System).Sign(path, Reporter);

        using var plain = await GetAsync(link, null);
        using var otherUser = await GetAsync(link.Replace($"user={StudyAdministrator}", "user=ladokadm", StringComparison.Ordinal), null);
        using var otherSignature = await GetAsync(link[..^4] + (link[^4..] == "AAAA" ? "BBBB" : "AAAA"), null);
        using var late = await GetAsync(expired, null);
        using var withoutTheRight = await GetAsync(forReporter, null);

        Assert.Contains("expires=", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), (await plain.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.Unauthorized, otherUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherSignature.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.Contains("LINK_EXPIRED", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, withoutTheRight.StatusCode);
    }

    [Fact]
    public async Task A_students_issued_transcripts_are_listed_newest_first_and_downloading_one_again_issues_nothing()
    {
        var student = await StudentWithResultsAsync("990711123", "Listed", "Student");
        var first = Ok(await host.MutateAsync("issueTranscript", Issued, new { studentId = student }, StudyAdministrator), "transcript");
        var second = Ok(await host.MutateAsync("issueTranscript", Issued, new { studentId = student }, StudyAdministrator), "transcript");
        var before = await host.ScalarAsync<long>("SELECT count(*) FROM reporting.issued_transcripts");

        var listed = await host.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Student { transcripts { verificationCode pdfUrl } } } }", new { id = student }, StudyAdministrator);
        var transcripts = listed.Data["node"]!["transcripts"]!.AsArray();
        using var again = await GetAsync(transcripts[1]!["pdfUrl"]!.GetValue<string>(), null);
        var reporter = await host.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Student { transcripts { verificationCode } } } }", new { id = student }, Reporter);

        Assert.Equal([second["verificationCode"]!.GetValue<string>(), first["verificationCode"]!.GetValue<string>()],
            transcripts.Select(t => t!["verificationCode"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before, await host.ScalarAsync<long>("SELECT count(*) FROM reporting.issued_transcripts"));
        Assert.Equal("FORBIDDEN", Assert.Single(reporter.ErrorCodes));
    }

    /// <summary>A new student on 5DV001 HT2025 with module 0001 attested (VG) and a draft on 0002.</summary>
    private async Task<string> StudentWithResultsAsync(string digits, string firstName, string lastName)
    {
        var student = Id((await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal(digits), firstName, lastName }, StudyAdministrator))["student"]!);
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV001\", term: \"HT2025\") { id } }", user: "ladokadm");
        var registration = Id((await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = student, offeringId = Id(offering.Data["offering"]!) }, StudyAdministrator))["registration"]!);
        var draft = Ok(await host.MutateAsync("reportResult", "result { id version }",
            new { registrationId = registration, moduleCode = "0001", grade = "VG", examinationDate = "2025-10-20" }, Reporter), "result");
        var ready = Ok(
            await host.MutateAsync(
                "markResultsReady", "results { id version }", new { results = new[] { Ref(draft) }, examiners = new[] { Examiner } }, Reporter), "results")[0]!;
        Ok(await host.MutateAsync("attestResults", "results { id }", new { results = new[] { Ref(ready) } }, Examiner), "results");
        Ok(await host.MutateAsync("reportResult", "result { id }",
            new { registrationId = registration, moduleCode = "0002", grade = "G", examinationDate = "2025-10-21" }, Reporter), "result");
        return student;
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync(user));
        return await host.Http.SendAsync(request);
    }

    private static (bool, string?) Verification(GraphQLResponse response)
    {
        Assert.Empty(response.Errors);
        var verification = response.Data["verifyTranscript"]!;
        return (verification["valid"]!.GetValue<bool>(), verification["studentName"]?.GetValue<string>());
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };

    private static JsonNode Ok(JsonNode payload, string field)
    {
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload[field]!;
    }
}
