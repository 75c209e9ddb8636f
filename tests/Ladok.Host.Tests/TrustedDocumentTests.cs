using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>A host that runs only the documents its front ends registered (GraphQL over HTTP, persisted documents).</summary>
public sealed class TrustedDocumentsHost : LadokHost
{
    public const string UniversityQuery = "query University { university { code } }";

    public static readonly string UniversityId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(UniversityQuery)));

    private readonly string manifest = Path.Combine(Path.GetTempPath(), $"ladok-trusted-{Guid.NewGuid():N}.json");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:TrustedDocuments:Manifest"] = manifest,
        ["GraphQL:TrustedDocuments:Only"] = "true",
    };

    protected override Task BeforeHostStartsAsync() =>
        File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [UniversityId] = UniversityQuery }));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(manifest);
    }
}

public sealed class TrustedDocumentTests(TrustedDocumentsHost host) : IClassFixture<TrustedDocumentsHost>
{
    [Fact]
    public async Task A_registered_document_runs_by_its_id_over_post_and_get()
    {
        var posted = await PostAsync(new { documentId = TrustedDocumentsHost.UniversityId });
        var got = await GraphQLResponse.ReadAsync(await host.Http.GetAsync("/graphql?documentId=" + Uri.EscapeDataString(TrustedDocumentsHost.UniversityId)));

        Assert.All([posted, got], response =>
        {
            Assert.Equal(200, response.Status);
            Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task An_unknown_document_id_is_refused_and_nothing_runs()
    {
        var response = await PostAsync(new { documentId = "sha256:" + new string('0', 64) });

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Equal("DOCUMENT_NOT_REGISTERED", response.Body!["errors"]![0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Contains("är registrerat", response.Body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task A_document_text_that_is_not_registered_is_refused_when_only_registered_ones_may_run()
    {
        var response = await host.PostAsync("{ university { code name } }");

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task The_text_of_a_registered_document_still_runs()
    {
        var response = await host.PostAsync(TrustedDocumentsHost.UniversityQuery);

        Assert.Equal(200, response.Status);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
    }

    private async Task<GraphQLResponse> PostAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await GraphQLResponse.ReadAsync(await host.Http.SendAsync(request));
    }
}
