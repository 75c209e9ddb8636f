using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Benchmarks;

/// <summary>
/// <c>offering { participants(first: 500) { … student, registration, results } }</c> through
/// <c>/graphql</c> on an offering with 500 students, each with two results (a graded exam module and
/// a lab module), against the baseline: the same data read with one hand-written SQL join and
/// serialised to the same JSON shape with System.Text.Json.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(30)]
public class ParticipantsBenchmark
{
    private const string Query = $$"""
        { offering(courseCode: "5DV001", term: "HT2025", offeringCode: "{{RecordsBenchmarkData.OfferingCode}}") {
            participants(first: 500) { edges { node { student { identityNumber name } registration { kind } results { grade status examinationDate } } } } } }
        """;

    // The first 500 registrations in registration order, their students, and their results by examination date.
    private const string HandWrittenSql = """
        SELECT s.identity_number, s.first_name, s.last_name, g.kind, r.grade, r.status, r.examination_date
        FROM (SELECT id, student_id, kind, registered_at FROM records.registrations WHERE offering_id = $1 ORDER BY registered_at, id LIMIT 500) g
        JOIN records.students s ON s.id = g.student_id
        LEFT JOIN records.results r ON r.registration_id = g.id
        ORDER BY g.registered_at, g.id, r.examination_date, r.id
        """;

    private LadokHost host = null!;
    private NpgsqlDataSource dataSource = null!;
    private string token = null!;
    private byte[] body = null!;
    private Guid offeringUuid;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new LadokHost();
        await host.InitializeAsync();
        token = await host.TokenAsync("lararedv");
        dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        (var offeringId, offeringUuid, var studentIds) = await RecordsBenchmarkData.CreateAsync(host, dataSource, token);
        foreach (var module in new[] { "0001", "0002" })
        {
            await RecordsBenchmarkData.SendAsync(host, token,
                RecordsBenchmarkData.Body(
                    RecordsBenchmarkData.ReportResults, new { input = RecordsBenchmarkData.Batch(module, offeringId, module, studentIds) }));
        }
        await using (var analyze = dataSource.CreateCommand("ANALYZE")) await analyze.ExecuteNonQueryAsync();
        body = RecordsBenchmarkData.Body(Query, null);

        var graphQL = await GraphQL();
        var handWritten = await HandWritten();
        Console.WriteLine($"// Response sizes: /graphql {graphQL} bytes, hand-written {handWritten} bytes");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await dataSource.DisposeAsync();
        await host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "hand-written SQL join + System.Text.Json")]
    public async Task<int> HandWritten()
    {
        var edges = new List<Edge>(500);
        await using (var command = dataSource.CreateCommand(HandWrittenSql))
        {
            command.Parameters.AddWithValue(offeringUuid);
            await using var reader = await command.ExecuteReaderAsync();
            Node? node = null;
            string? number = null;
            while (await reader.ReadAsync())
            {
                var identityNumber = reader.GetString(0);
                if (identityNumber != number)
                {
                    number = identityNumber;
                    node = new Node(
                        new StudentRow(identityNumber, $"{reader.GetString(1)} {reader.GetString(2)}"),
                        new RegistrationRow(Screaming(reader.GetString(3))), []);
                    edges.Add(new Edge(node));
                }

                if (!reader.IsDBNull(4)) node!.Results.Add(
                    new ResultRow(reader.GetString(4), Screaming(reader.GetString(5)), reader.GetFieldValue<DateOnly>(6)));
            }
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new { data = new { offering = new { participants = new { edges } } } }, JsonOptions);
        return json.Length;
    }

    [Benchmark(Description = "POST /graphql participants(first: 500) with results")]
    public async Task<int> GraphQL() => (await RecordsBenchmarkData.SendAsync(host, token, body)).Length;

    /// <summary>
    /// Only the Records reads the query makes (the page of registrations, then students and results through the batch loaders), without GraphQL.
    /// </summary>
    [Benchmark(Description = "EF reads behind the query")]
    public async Task<int> EntityFrameworkReads()
    {
        var reader = (RecordsReader)host.Services.GetService(typeof(RecordsReader))!;
        var page = await reader.RegistrationsOfOfferingAsync(offeringUuid, new PageRequest(500, false, null, null, CountTotal: false), default);
        var registrations = page.Nodes.ToList();
        var students = await reader.StudentsByIdsAsync(registrations.Select(r => r.StudentId).ToList(), default);
        var results = await reader.ResultsByRegistrationIdsAsync(registrations.Select(r => r.Id).ToList(), default);
        return students.Count + results.Count;
    }

    /// <summary>FirstTime → FIRST_TIME, as the GraphQL enum writes it.</summary>
    private static string Screaming(string value) => value switch
    {
        "FirstTime" => "FIRST_TIME",
        "RemovalRequested" => "REMOVAL_REQUESTED",
        _ => value.ToUpperInvariant(),
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Edge(Node Node);

    private sealed record Node(StudentRow Student, RegistrationRow Registration, List<ResultRow> Results);

    private sealed record StudentRow(string IdentityNumber, string Name);

    private sealed record RegistrationRow(string Kind);

    private sealed record ResultRow(string Grade, string Status, DateOnly ExaminationDate);
}
