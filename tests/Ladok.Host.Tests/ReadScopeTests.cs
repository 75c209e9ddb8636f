using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Read rights follow the organisation: another department's registrations, and other people's
/// permissions and applications, are not shown to someone who merely holds a read right elsewhere.
/// </summary>
public sealed class ReadScopeTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task A_departments_registrations_are_shown_only_to_readers_there_or_above()
    {
        var number = IdentityNumbers.Personal("870405123");
        var created = await host.PostAsync("mutation($input: CreateStudentInput!) { createStudent(input: $input) { student { id } errors { code } } }",
            new { input = new { identityNumber = number, firstName = "Ella", lastName = "Berg" } }, "stadmdv");
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV002\", term: \"HT2025\") { id } }", user: "stadmdv");
        var registered = await host.PostAsync(
            "mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { registration { id } errors { code } } }",
            new { input = new { studentId = created.Data["createStudent"]!["student"]!["id"]!.GetValue<string>(),
                offeringId = offering.Data["offering"]!["id"]!.GetValue<string>() } },
            "stadmdv");
        var registrationId = registered.Data["registerStudent"]!["registration"]!["id"]!.GetValue<string>();

        Assert.Equal(1, await RegistrationsSeenByAsync("stadmdv", number));
        Assert.Equal(1, await RegistrationsSeenByAsync("prefdv", number));
        Assert.Equal(1, await RegistrationsSeenByAsync("ladokadm", number));
        Assert.Equal(0, await RegistrationsSeenByAsync("stadmma", number));
        Assert.Null((await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = registrationId }, "stadmma")).Data["node"]);
        Assert.NotNull((await host.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = registrationId }, "stadmdv")).Data["node"]);
    }

    [Fact]
    public async Task A_permission_is_shown_to_its_holder_and_the_units_deciders_only()
    {
        var grantId = (await host.PostAsync("{ me { grants { id } } }", user: "stadmdv")).Data["me"]!["grants"]![0]!["id"]!.GetValue<string>();

        Assert.NotNull(await GrantSeenByAsync("stadmdv", grantId));
        Assert.NotNull(await GrantSeenByAsync("prefdv", grantId));
        Assert.NotNull(await GrantSeenByAsync("ladokadm", grantId));
        Assert.Null(await GrantSeenByAsync("stadmma", grantId));
        Assert.Null(await GrantSeenByAsync("nyanst", grantId));
    }

    private async Task<int> RegistrationsSeenByAsync(string user, string number)
    {
        var response = await host.PostAsync("query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { registrations { id } } }", new { n = number }, user);
        Assert.Equal(200, response.Status);
        return response.Data["student"]!["registrations"]!.AsArray().Count;
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> GrantSeenByAsync(string user, string grantId)
    {
        var response = await host.PostAsync("query($id: ID!) { node(id: $id) { id ... on Grant { profileCode } } }", new { id = grantId }, user);
        Assert.Equal(200, response.Status);
        return response.Data["node"];
    }
}
