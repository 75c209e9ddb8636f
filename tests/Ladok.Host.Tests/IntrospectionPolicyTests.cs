using Ladok.Testing;

namespace Ladok.Host.Tests;

public sealed class SignedInIntrospectionHost : LadokHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:Introspection"] = "SignedIn",
    };
}

public sealed class NoIntrospectionHost : LadokHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:Introspection"] = "Off",
    };
}

/// <summary>
/// <c>GraphQL:Introspection</c> says who may read the schema: <c>Everyone</c> (Development, see IntrospectionTests),
/// <c>SignedIn</c>, or <c>Off</c> (the default elsewhere, see SignInTests).
/// </summary>
public sealed class SignedInIntrospectionTests(SignedInIntrospectionHost host) : IClassFixture<SignedInIntrospectionHost>
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task A_signed_in_caller_may_introspect()
    {
        var response = await host.PostAsync(Introspection, user: "stadmdv");

        Assert.Equal(200, response.Status);
        Assert.Equal("Query", response.Data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_anonymous_caller_may_not()
    {
        var response = await host.PostAsync(Introspection);

        Assert.Equal(403, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}

public sealed class NoIntrospectionTests(NoIntrospectionHost host) : IClassFixture<NoIntrospectionHost>
{
    [Fact]
    public async Task Off_refuses_even_the_administrator()
    {
        var response = await host.PostAsync("{ __type(name: \"Course\") { name } }", user: "ladokadm");

        Assert.Equal(403, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Fact]
    public async Task Off_leaves_typename_alone()
    {
        var response = await host.PostAsync("{ __typename university { code } }");

        Assert.Equal(200, response.Status);
        Assert.Equal("Query", response.Data["__typename"]!.GetValue<string>());
    }
}
