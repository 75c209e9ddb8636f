using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>GraphiQL's docs and completion come from introspection: its full query must pass the limits in Development.</summary>
public sealed class IntrospectionTests(LadokHost host) : IClassFixture<LadokHost>
{
    // The query graphql-js's getIntrospectionQuery() builds, which GraphiQL sends on load.
    private const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task GraphiQLs_introspection_query_answers_in_development()
    {
        var response = await host.PostAsync(GraphiQLIntrospection);

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Errors);
        Assert.Equal("Query", response.Data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }
}
