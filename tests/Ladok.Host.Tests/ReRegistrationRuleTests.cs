using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>The demo university's plugin beside a fixture plugin with a re-registration rule, loaded from their built folders.</summary>
public sealed class ReRegistrationRuleHost : LadokHost
{
    private readonly string plugins = Directory.CreateTempSubdirectory("ladok-re-registration-").FullName;

    public ReRegistrationRuleHost()
    {
        CopyFolder(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");
        CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "ReRegistrationRule"), "ReRegistrationRule");
    }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = plugins,
        ["University:Code"] = "UMU",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(plugins, recursive: true);
    }

    private void CopyFolder(string source, string name)
    {
        var target = Directory.CreateDirectory(Path.Combine(plugins, name)).FullName;
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}

/// <summary>
/// A university's re-registration rule (SDK 1.5) through /graphql: the plugin's refusal of an OM reaches the study
/// administrator as a typed VALIDATION error on the kind naming the plugin and its code, and nothing is stored; an OM
/// the rule lets through is stored; an FFG is never put to it.
/// </summary>
public sealed class ReRegistrationRuleTests(ReRegistrationRuleHost host) : IClassFixture<ReRegistrationRuleHost>
{
    private const string StudyAdministrator = "stadmdv";
    private const string Registration = "registration { id kind term } errors { rule { plugin code } }";

    [Fact]
    public async Task A_plugins_refusal_of_a_re_registration_reaches_the_study_administrator_typed_and_stores_nothing()
    {
        var studentId = await StudentAsync("970201123");
        var first = await RegisterAsync(studentId, "5DV003", "HT2025", "FIRST_TIME");

        var refused = await RegisterAsync(studentId, "5DV003", "VT2026", "REPEAT");

        Assert.Empty(first["errors"]!.AsArray());
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(("test.re-registration-rule", "CLOSED_FOR_REPEAT"),
            (error["rule"]!["plugin"]!.GetValue<string>(), error["rule"]!["code"]!.GetValue<string>()));
        Assert.Equal(["input", "kind"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("earlier: 10001 HT2025 FirstTime", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused["registration"]);
        Assert.Equal(1L, await host.ScalarAsync<long>($"SELECT count(*) FROM records.registrations WHERE student_id = '{GlobalIdOf(studentId)}'"));
    }

    [Fact]
    public async Task A_re_registration_the_rule_lets_through_is_stored()
    {
        var studentId = await StudentAsync("970202123");
        await RegisterAsync(studentId, "5DV001", "HT2025", "FIRST_TIME");

        var repeat = await RegisterAsync(studentId, "5DV001", "VT2026", "REPEAT");

        Assert.Empty(repeat["errors"]!.AsArray());
        Assert.Equal(("REPEAT", "VT2026"), (repeat["registration"]!["kind"]!.GetValue<string>(), repeat["registration"]!["term"]!.GetValue<string>()));
    }

    private async Task<string> StudentAsync(string nineDigits) =>
        (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal(nineDigits), firstName = "Again", lastName = "Student" }, StudyAdministrator))["student"]!["id"]!
        .GetValue<string>();

    private async Task<JsonNode> RegisterAsync(string studentId, string courseCode, string term, string kind)
    {
        var offering = await host.PostAsync(
            "query($c: String!, $t: Term!) { offering(courseCode: $c, term: $t) { id } }", new { c = courseCode, t = term }, "ladokadm");
        var offeringId = offering.Data["offering"]!["id"]!.GetValue<string>();
        return await host.MutateAsync("registerStudent", Registration, new { studentId, offeringId, kind }, StudyAdministrator);
    }

    private static Guid GlobalIdOf(string id) => Kernel.GraphQL.Relay.GlobalId.TryParse(id, out var parsed) ? parsed.Value.Id : throw new ArgumentException(id);
}
