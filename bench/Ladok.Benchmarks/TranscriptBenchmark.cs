using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Ladok.Modules.Reporting.Documents;
using Ladok.Modules.Reporting.Domain;
using Ladok.Testing;

namespace Ladok.Benchmarks;

/// <summary>
/// A transcript (resultatintyg) for a student with 40 years of results: 400 attested module
/// results, ten a year from 1986, on the demo university's courses. Issue 4 of Reporting aims
/// for the PDF under 200 ms.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(20)]
public class TranscriptBenchmark
{
    private const int Results = 400;

    private LadokHost host = null!;
    private string token = null!;
    private byte[] issueBody = null!;
    private string pdfUrl = null!;
    private Transcript transcript = null!;
    private string code = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new LadokHost();
        await host.InitializeAsync();
        token = await host.TokenAsync("stadmdv");

        var studentId = Guid.NewGuid();
        // Written straight into the tables: the benchmark is about reading and drawing them.
        await host.ExecuteAsync($"""
            INSERT INTO records.students (id, identity_number, kind, first_name, last_name, created_at, created_by)
            VALUES ('{studentId}', '196503021234', 'Interim', 'Åsa', 'Östergren-Ängslund', now(), 'bench');
            WITH m AS (
                SELECT c.id AS course_id, c.code, v.id AS version_id, cm.id AS module_id, cm.code AS module_code, c.department_id,
                    cm.grading_scale_id, cm.credits,
                       row_number() OVER (ORDER BY c.code, v.number, cm.code) - 1 AS n
                FROM catalogue.courses c JOIN catalogue.course_versions v ON v.course_id = c.id JOIN catalogue.course_modules cm ON cm.course_version_id = v.id)
            INSERT INTO records.results (id, student_id, course_id, course_code, course_version_id, module_id, module_code, department_id, grading_scale_id,
                                         grade, is_passing, credits, examination_date, status, origin, examiners, reported_by, reported_at,
                                             decided_by, decided_at)
            SELECT gen_random_uuid(), '{studentId}', m.course_id, m.code, m.version_id, m.module_id, m.module_code, m.department_id, m.grading_scale_id,
                   'G', true, m.credits, make_date(1986 + i / 10, 1 + i % 10, 15), 'Attested', 'Reported', ARRAY['examdv'], 'lararedv', now(), 'examdv',
                   make_date(1986 + i / 10, 1 + i % 10, 25)::timestamptz
            FROM generate_series(0, {Results - 1}) i JOIN m ON m.n = i % (SELECT count(*) FROM m);
            """);
        var count = await host.ScalarAsync<long>($"SELECT count(*) FROM records.results WHERE student_id = '{studentId}'");
        if (count != Results) throw new InvalidOperationException($"Expected {Results} results, made {count}.");

        issueBody = JsonSerializer.SerializeToUtf8Bytes(new
        {
            query = "mutation($input: IssueTranscriptInput!) { issueTranscript(input: $input) { transcript { verificationCode json pdfUrl } errors " +
                "{ code message } } }",
            variables = new { input = new { studentId = Ladok.Kernel.GraphQL.Relay.GlobalId.Encode("Student", studentId) } },
        });
        var issued = JsonNode.Parse(await IssueAsync())!["data"]!["issueTranscript"]!["transcript"]!;
        pdfUrl = issued["pdfUrl"]!.GetValue<string>();
        code = issued["verificationCode"]!.GetValue<string>().Replace("-", "", StringComparison.Ordinal);
        transcript = TranscriptDocument.Read(issued["json"]!.GetValue<string>());
        if (transcript.Courses.Sum(c => c.Results.Count) != Results) throw new InvalidOperationException("The transcript lacks results.");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync() => await host.DisposeAsync();

    [Benchmark(Description = "issueTranscript through /graphql (read, JSON, hash, store)")]
    public async Task<int> Issue() => (await IssueAsync()).Length;

    [Benchmark(Description = "GET /transcripts/{code}.pdf (read stored, draw)")]
    public async Task<int> Pdf()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pdfUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? bytes.Length : throw new InvalidOperationException($"{(int)response.StatusCode}");
    }

    [Benchmark(Description = "issue, then GET the PDF")]
    public async Task<int> IssueAndPdf() => await Issue() + await Pdf();

    [Benchmark(Description = "TranscriptPdf.Render only")]
    public int Render() => TranscriptPdf.Render(transcript, code, "http://localhost/graphql").Length;

    private async Task<string> IssueAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(issueBody) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && !text.Contains("\"errors\":[{", StringComparison.Ordinal) ? text : throw new InvalidOperationException(text);
    }
}
