using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Benchmarks;

/// <summary>
/// The Records benchmarks' data: the demo university (with its seeded students) plus an offering
/// of 5DV001 in HT2025, code 19999, with <see cref="Students"/> students registered on it and no
/// one else, made with SQL so setting up is quick.
/// </summary>
internal static class RecordsBenchmarkData
{
    public const int Students = 500;

    public const string OfferingCode = "19999";

    private static readonly string Sql = $"""
        INSERT INTO catalogue.offerings (id, course_version_id, code, term, start_date, end_date, pace_percent, department_id, status)
        SELECT gen_random_uuid(), o.course_version_id, '{OfferingCode}', o.term, o.start_date, o.end_date, o.pace_percent, o.department_id, o.status
        FROM catalogue.offerings o
        JOIN catalogue.course_versions v ON v.id = o.course_version_id
        JOIN catalogue.courses c ON c.id = v.course_id
        WHERE c.code = '5DV001' AND o.term = 'HT2025' AND o.code = '10001';

        -- Interim numbers (YYYYMMDD, a letter, three digits), so none collides with the demo's personnummer.
        INSERT INTO records.students (id, identity_number, kind, first_name, last_name, email, created_at, created_by)
        SELECT gen_random_uuid(), '20000101B' || lpad(i::text, 3, '0'), 'Interim', 'Bench', 'Student ' || i, NULL, now(), 'bench'
        FROM generate_series(1, {Students}) AS i;

        INSERT INTO records.registrations (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind,
            registered_at, registered_by)
        SELECT gen_random_uuid(), s.id, o.id, c.id, c.code, o.department_id, o.code, o.term, 'FirstTime',
            now() + (row_number() OVER (ORDER BY s.identity_number)) * interval '1 ms', 'bench'
        FROM records.students s
        CROSS JOIN catalogue.offerings o
        JOIN catalogue.course_versions v ON v.id = o.course_version_id
        JOIN catalogue.courses c ON c.id = v.course_id
        WHERE s.created_by = 'bench' AND c.code = '5DV001' AND o.code = '{OfferingCode}';

        ANALYZE;
        """;

    /// <summary>Adds the offering and its students; returns the offering's global id and the students' global ids in registration order.</summary>
    public static async Task<(string OfferingId, Guid OfferingUuid, IReadOnlyList<string> StudentIds)> CreateAsync(
        LadokHost host, NpgsqlDataSource dataSource, string token)
    {
        await using (var command = dataSource.CreateCommand(Sql)) await command.ExecuteNonQueryAsync();
        await using (var command = dataSource.CreateCommand($"SELECT id FROM catalogue.offerings WHERE code = '{OfferingCode}'"))
        {
            var uuid = (Guid)(await command.ExecuteScalarAsync())!;
            var data = await PostAsync(host, token, $$"""
                {
                  offering(courseCode: "5DV001", term: "HT2025", offeringCode: "{{OfferingCode}}") {
                    id participants(first: {{Students}}) { edges { node { student { id } } } }
                  }
                }
                """, null);
            var offering = data["offering"]!;
            var students = offering["participants"]!["edges"]!.AsArray().Select(e => e!["node"]!["student"]!["id"]!.GetValue<string>()).ToList();
            if (students.Count != Students) throw new InvalidOperationException($"Expected {Students} participants, got {students.Count}.");
            return (offering["id"]!.GetValue<string>(), uuid, students);
        }
    }

    /// <summary>
    /// One batch of the exam sitting: every student, dated 2025-10-20, grades cycling through U, G, VG
    /// on module 0001 (U/G/VG) and U, G on module 0002 (U/G).
    /// </summary>
    public static object Batch(string key, string offeringId, string moduleCode, IReadOnlyList<string> studentIds)
    {
        var grades = moduleCode == "0002" ? LabGrades : Grades;
        return new
        {
            idempotencyKey = key,
            offeringId,
            moduleCode,
            rows = studentIds.Select((id, i) => new { studentId = id, grade = grades[i % grades.Length], examinationDate = "2025-10-20" }).ToList(),
        };
    }

    public static readonly string[] Grades = ["U", "G", "VG"];

    private static readonly string[] LabGrades = ["U", "G"];

    public const string ReportResults = """
        mutation($input: ReportResultsInput!) {
          reportResults(input: $input) { created updated unchanged conflict invalid rows { index outcome errors { code } } errors { code message } }
        }
        """;

    public static byte[] Body(string query, object? variables) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    public static async Task<byte[]> SendAsync(LadokHost host, string token, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? bytes : throw new InvalidOperationException(Encoding.UTF8.GetString(bytes));
    }

    public static async Task<JsonNode> PostAsync(LadokHost host, string token, string query, object? variables)
    {
        var body = JsonNode.Parse(await SendAsync(host, token, Body(query, variables)))!;
        if (body["errors"] is JsonArray { Count: > 0 } errors) throw new InvalidOperationException(errors.ToJsonString());
        return body["data"]!;
    }
}
