using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Benchmarks;

/// <summary>
/// <c>courses(first: 100)</c> with versions and modules through <c>/graphql</c> (in-process test
/// server: parsing, validation, authorization, resolvers, batch loaders, EF, serialisation),
/// against the baseline: the same data read with one hand-written SQL query and serialised to
/// JSON. Both run on the same throwaway PostgreSQL, holding the demo university plus 200 courses.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(30)]
public class CoursesQueryBenchmark
{
    private const string Query = "{ courses(first: 100) { nodes { code name credits versions { number credits modules { code name credits } } } } }";

    private const string HandWrittenSql = """
        SELECT c.code, c.name_sv, v.number, v.credits, m.code, m.name_sv, m.credits
        FROM (SELECT id, code, name_sv FROM catalogue.courses ORDER BY code LIMIT 100) c
        JOIN catalogue.course_versions v ON v.course_id = c.id
        LEFT JOIN catalogue.course_modules m ON m.course_version_id = v.id
        ORDER BY c.code, v.number DESC, m.code
        """;

    private LadokHost host = null!;
    private NpgsqlDataSource dataSource = null!;
    private string token = null!;
    private byte[] body = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new LadokHost();
        await host.InitializeAsync();
        token = await host.TokenAsync("ladokadm");
        body = JsonSerializer.SerializeToUtf8Bytes(new { query = Query });
        dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        await using var seed = dataSource.CreateCommand(ExtraCourses);
        await seed.ExecuteNonQueryAsync();
        await using var analyze = dataSource.CreateCommand("ANALYZE");
        await analyze.ExecuteNonQueryAsync();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await dataSource.DisposeAsync();
        await host.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "hand-written SQL + System.Text.Json")]
    public async Task<int> HandWritten()
    {
        var courses = new List<CourseRow>(100);
        await using (var command = dataSource.CreateCommand(HandWrittenSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            CourseRow? course = null;
            VersionRow? version = null;
            while (await reader.ReadAsync())
            {
                var code = reader.GetString(0);
                if (course?.Code != code)
                {
                    course = new CourseRow(code, reader.GetString(1), reader.GetDecimal(3), []);
                    courses.Add(course);
                    version = null;
                }

                var number = reader.GetInt32(2);
                if (version?.Number != number)
                {
                    version = new VersionRow(number, reader.GetDecimal(3), []);
                    course.Versions.Add(version);
                }

                if (!reader.IsDBNull(4)) version.Modules.Add(new ModuleRow(reader.GetString(4), reader.GetString(5), reader.GetDecimal(6)));
            }
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new { data = new { courses = new { nodes = courses } } }, JsonOptions);
        return json.Length;
    }

    [Benchmark(Description = "POST /graphql")]
    public async Task<int> GraphQL()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? bytes.Length : throw new InvalidOperationException(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>Only the Catalogue's reads that the GraphQL query makes (page, then versions with modules), without GraphQL.</summary>
    [Benchmark(Description = "EF reads behind the query")]
    public async Task<int> EntityFrameworkReads()
    {
        var reader = (Ladok.Modules.Catalogue.Application.CatalogueReader)host.Services.GetService(
            typeof(Ladok.Modules.Catalogue.Application.CatalogueReader))!;
        var page = await reader.CoursesAsync(null, null, null, new Ladok.Kernel.GraphQL.Relay.PageRequest(100, false, null, null, CountTotal: false), default);
        var versions = await reader.VersionsByCourseIdsAsync(page.Nodes.Select(c => c.Id).ToList(), default);
        return versions.Count;
    }

    /// <summary>The fixed cost of a request: sign-in, parsing, validation and a field with no database behind it.</summary>
    [Benchmark(Description = "POST /graphql { university { code } }")]
    public async Task<int> SmallestQuery()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(SmallestBody) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private static readonly byte[] SmallestBody = JsonSerializer.SerializeToUtf8Bytes(new { query = "{ university { code } }" });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record CourseRow(string Code, string Name, decimal Credits, List<VersionRow> Versions);

    private sealed record VersionRow(int Number, decimal Credits, List<ModuleRow> Modules);

    private sealed record ModuleRow(string Code, string Name, decimal Credits);

    // 200 more courses in DV, each with one 7.5 hp version of three 2.5 hp modules.
    private const string ExtraCourses = """
        INSERT INTO catalogue.courses (id, code, name_sv, name_en, department_id, level)
        SELECT gen_random_uuid(), 'B' || lpad(i::text, 5, '0'), 'Benchmarkkurs ' || i, 'Benchmark course ' || i,
               (SELECT id FROM catalogue.organisation_units WHERE code = 'DV'), 'FirstCycle'
        FROM generate_series(1, 200) AS i;

        INSERT INTO catalogue.course_versions (id, course_id, number, credits, grading_scale_id, valid_from, requires_project_title)
        SELECT gen_random_uuid(), c.id, 1, 7.5, (SELECT id FROM catalogue.grading_scales WHERE code = 'U_G'), 'HT2025', false
        FROM catalogue.courses c WHERE c.code LIKE 'B%';

        INSERT INTO catalogue.course_modules (id, course_version_id, code, name_sv, name_en, credits, grading_scale_id)
        SELECT gen_random_uuid(), v.id, m.code, 'Del ' || m.code, 'Part ' || m.code, 2.5, v.grading_scale_id
        FROM catalogue.course_versions v
        JOIN catalogue.courses c ON c.id = v.course_id
        CROSS JOIN (VALUES ('0001'), ('0002'), ('0003')) AS m(code)
        WHERE c.code LIKE 'B%';
        """;
}
