using System.Text.Json.Nodes;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Contracts;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Host.Tests;

/// <summary>
/// A student reaches only their own data. Every root query field, read from the schema by introspection (so a field added later is
/// walked too), is asked as a student with another student's id and identity number wherever it takes one; and <c>node</c> and
/// <c>nodes</c> with an id of every Node type, another student's ids and the caller's own included. Each is refused with a typed
/// error or answers nothing of another student.
/// </summary>
public sealed class StudentScopeTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Student = "stud01";

    /// <summary>
    /// The root fields a student may ask, and why none of them shows another student: reference data, the caller's own, or a
    /// transcript check that needs the code printed on it. Every other root field must refuse a student.
    /// </summary>
    private static readonly Dictionary<string, string> AnsweredForStudents = new(StringComparer.Ordinal)
    {
        ["university"] = "the university's public facts",
        ["gradingScales"] = "public reference data",
        ["me"] = "the caller's own: me.student is read from the sign-in",
        ["permissionProfiles"] = "what the profiles allow; no people",
        ["trainings"] = "staff trainings and their sessions; no people",
        ["myTrainings"] = "the caller's own completions",
        ["node"] = "asks the type's own policy (walked below)",
        ["nodes"] = "asks the type's own policy (walked below)",
        ["verifyTranscript"] = "answers only for a code printed on a transcript, as to any verifier",
        ["examSitting"] = "a sitting's time and place; who signed up only by the participants rule (walked in ExamSittingApiTests)",
        ["examSittings"] = "sittings' times and places; who signed up only by the participants rule",
    };

    [Fact]
    public async Task Every_root_field_refuses_a_student_or_answers_nothing_of_another_student()
    {
        var other = await OtherStudentAsync();
        var schema = (await host.PostAsync(IntrospectionQuery, user: "ladokadm")).Data["__schema"]!;
        var fields = schema["queryType"]!["fields"]!.AsArray();
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>());
        Assert.True(fields.Count > 20, "The walk found too few root fields to be reading the schema.");

        var answered = new List<string>();
        foreach (var field in fields)
        {
            var name = field!["name"]!.GetValue<string>();
            var document = $"{{ {name}{Arguments(field, types, other)}{Selection(field["type"]!, types)} }}";
            var response = await host.PostAsync(document, user: Student);

            Assert.True(response.Status is 200 or 403, $"{document}: {response.Body?.ToJsonString()}");
            if (response.Errors.Count > 0)
            {
                // A field for everyone may refuse the walk's made-up arguments (another student's id where a sitting's is wanted)
                // with a typed error of its own; every other field refuses a student as such.
                var expected = AnsweredForStudents.ContainsKey(name) ? response.ErrorCodes.Where(code => code != "INTERNAL") : ["FORBIDDEN"];
                Assert.All(response.ErrorCodes, code => Assert.True(expected.Contains(code), $"{document}: {response.Body?.ToJsonString()}"));
                Assert.True(response.Body?["data"]?[name] is null, $"{name} answered beside its refusal.");
                continue;
            }
            answered.Add(name);
            AssertNothingOf(other, response.Body!.ToJsonString(), document);
        }

        Assert.Empty(answered.Except(AnsweredForStudents.Keys));
    }

    [Fact]
    public async Task Node_and_nodes_with_an_id_of_every_node_type_refuse_a_student_or_answer_only_their_own()
    {
        var other = await OtherStudentAsync();
        var own = await StudentIdsAsync(1);
        var nodeTypes = (await host.PostAsync("{ __type(name: \"Node\") { possibleTypes { name } } }", user: "ladokadm"))
            .Data["__type"]!["possibleTypes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        // Another student's and the caller's own records by their real ids; every other type by an id of its own type.
        var ids = other.Ids.Concat(own.Ids).Concat(nodeTypes.Select(type => GlobalId.Encode(type, Guid.CreateVersion7()))).ToList();
        Assert.Contains("Student", nodeTypes);

        foreach (var id in ids)
        {
            var response = await host.PostAsync("query($id: ID!) { node(id: $id) { id __typename } }", new { id }, Student);
            AssertRefusedOrNotOthers(response, other, id);
        }
        var all = await host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = other.Ids }, Student);
        AssertRefusedOrNotOthers(all, other, "nodes");
    }

    [Fact]
    public async Task A_student_cannot_download_reports_or_read_the_audit_trail_of_another_student()
    {
        var other = await OtherStudentAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/scb-term.csv?period=HT2025");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await host.TokenAsync(Student));
        using var report = await host.Http.SendAsync(request);
        var audit = await host.PostAsync("query($id: ID!) { auditTrail(subjectId: $id) { totalCount } }", new { id = other.Ids[0] }, Student);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(["FORBIDDEN"], audit.ErrorCodes);
    }

    private static void AssertRefusedOrNotOthers(GraphQLResponse response, StudentIds other, string asked)
    {
        Assert.True(response.Status is 200 or 403, $"{asked}: {response.Body?.ToJsonString()}");
        Assert.All(response.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        AssertNothingOf(other, response.Body?["data"]?.ToJsonString() ?? "", asked);
    }

    private static void AssertNothingOf(StudentIds other, string answer, string asked)
    {
        foreach (var mark in other.Ids.Append(other.IdentityNumber))
        {
            Assert.False(answer.Contains(mark, StringComparison.Ordinal), $"{asked} showed another student's {mark}: {answer}");
        }
    }

    /// <summary>Required arguments filled with another student's id and identity number, an enum's first value, or a list of those.</summary>
    private static string Arguments(JsonNode field, IReadOnlyDictionary<string, JsonNode?> types, StudentIds other)
    {
        var required = field["args"]!.AsArray().Where(a => a!["type"]!["kind"]!.GetValue<string>() == "NON_NULL").ToList();
        if (required.Count == 0) return "";
        return "(" + string.Join(", ", required.Select(a => $"{a!["name"]!.GetValue<string>()}: {Value(a["type"]!["ofType"]!, types, other)}")) + ")";
    }

    private static string Value(JsonNode type, IReadOnlyDictionary<string, JsonNode?> types, StudentIds other) =>
        type["kind"]!.GetValue<string>() switch
        {
            "NON_NULL" => Value(type["ofType"]!, types, other),
            "LIST" => $"[{Value(type["ofType"]!, types, other)}]",
            "ENUM" => types[type["name"]!.GetValue<string>()]!["enumValues"]![0]!["name"]!.GetValue<string>(),
            _ => type["name"]!.GetValue<string>() switch
            {
                "ID" => $"\"{other.Ids[0]}\"",
                "Int" => "2025",
                "Boolean" => "true",
                _ => $"\"{other.IdentityNumber}\"",
            },
        };

    /// <summary><c>{ __typename }</c> on an object, interface or union (under lists and non-nulls); nothing on a scalar or enum.</summary>
    private static string Selection(JsonNode type, IReadOnlyDictionary<string, JsonNode?> types)
    {
        while (type["ofType"] is { } inner && type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST") type = inner;
        return type["kind"]!.GetValue<string>() is "OBJECT" or "INTERFACE" or "UNION" ? " { __typename }" : "";
    }

    private async Task<StudentIds> OtherStudentAsync() => await StudentIdsAsync(2);

    /// <summary>A demo student's id, the ids of their registrations and results, and their identity number, as staff read them.</summary>
    private async Task<StudentIds> StudentIdsAsync(int number)
    {
        var student = await host.Services.GetRequiredService<IStudentSignIn>().FindByPrincipalNameAsync(DemoStudents.PrincipalName("UMU", number), default);
        var id = GlobalId.Encode("Student", student!.StudentId);
        var records = (await host.PostAsync(
                "query($id: ID!) { node(id: $id) { ... on Student { registrations { id } results { id } programmeRegistrations { id } } } }",
                new { id }, "ladokadm"))
            .Data["node"]!;
        var ids = new[] { "registrations", "results", "programmeRegistrations" }
            .SelectMany(list => records[list]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        return new StudentIds([id, .. ids], student.IdentityNumber);
    }

    private sealed record StudentIds(IReadOnlyList<string> Ids, string IdentityNumber);

    private const string IntrospectionQuery = """
        {
          __schema {
            queryType { fields { name args { name type { ...TypeRef } } type { ...TypeRef } } }
            types { name kind enumValues { name } }
          }
        }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;
}
