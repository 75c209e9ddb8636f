using Autofac;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.Http;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Host.Tests.Hostile;

/// <summary>The probe fields, a download that waits in PostgreSQL, and deadlines short enough to meet in a test.</summary>
public sealed class DeadlineHost : LadokHost
{
    public const string SlowDownload = "/test/slow.csv";

    public ResolverCalls Calls { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:QueryTimeout"] = "00:00:04",
        ["GraphQL:MutationTimeout"] = "00:00:08",
        ["GraphQL:ExportTimeout"] = "00:00:06",
    };

    protected override void ConfigureContainer(ContainerBuilder container)
    {
        container.RegisterInstance(Calls);
        container.Register(_ => new ProbeContributor(Calls, ConnectionString)).As<ISchemaContributor>().SingleInstance();
        container.Register(_ => new SleepingDownload(ConnectionString)).As<IModuleEndpoint>().SingleInstance();
    }

    /// <summary>
    /// Connections of the test-only fields that are running a query now, as PostgreSQL sees them. The sleeps last 120 s,
    /// longer than <see cref="Eventually"/> waits, so a sleep that ends by itself cannot pass for a cancelled one.
    /// </summary>
    public Task<long> RunningSleepsAsync() => ScalarAsync<long>(
        $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{ProbeContributor.ApplicationName}' AND state = 'active'");

    private sealed class SleepingDownload(string connectionString) : IModuleEndpoint
    {
        public string Pattern => SlowDownload;

        public string Policy => Policies.Public;

        public async Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ProbeContributor.ApplicationName };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_sleep(120)", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new ModuleResponse(200, "text/csv", "done\n"u8.ToArray(), "slow.csv");
        }
    }
}

/// <summary>
/// Every operation has a deadline; past it the answer is 503 <c>TIMED_OUT</c> and the running database command
/// is cancelled, as <c>pg_stat_activity</c> shows. A client that hangs up cancels the same way.
/// </summary>
public sealed class DeadlineTests(DeadlineHost host) : IClassFixture<DeadlineHost>
{
    [Fact]
    public async Task A_query_past_its_deadline_is_answered_timed_out_and_its_database_command_is_cancelled()
    {
        var before = host.Calls.Count;

        var response = await host.PostAsync("{ pgSleep(seconds: 120) }", language: "en");

        Assert.Equal(503, response.Status);
        Assert.Equal(["TIMED_OUT"], response.ErrorCodes);
        Assert.Contains("query did not finish within 4 seconds", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Null(response.Body!["data"]);
        Assert.Equal(before + 1, host.Calls.Count);
        await Eventually.Async(async () => await host.RunningSleepsAsync() == 0, "PostgreSQL to stop the cancelled pg_sleep");
    }

    [Fact]
    public async Task A_mutation_gets_the_longer_mutation_deadline_and_is_cancelled_at_it()
    {
        var response = await host.PostAsync("mutation { pgSleepMutation(seconds: 120) }", language: "en");

        Assert.Equal(503, response.Status);
        Assert.Equal(["TIMED_OUT"], response.ErrorCodes);
        Assert.Contains("mutation did not finish within 8 seconds", response.Errors[0]!["message"]!.GetValue<string>());
        await Eventually.Async(async () => await host.RunningSleepsAsync() == 0, "PostgreSQL to stop the cancelled pg_sleep");
    }

    [Fact]
    public async Task A_client_that_disconnects_cancels_the_database_command()
    {
        using var hangUp = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query": "{ pgSleep(seconds: 120) }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var sending = host.Http.SendAsync(request, hangUp.Token);
        await Eventually.Async(async () => await host.RunningSleepsAsync() == 1, "the pg_sleep to start");

        await hangUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await Eventually.Async(async () => await host.RunningSleepsAsync() == 0, "PostgreSQL to stop the abandoned pg_sleep");
        var after = await host.PostAsync("{ university { code } }");
        Assert.Equal(200, after.Status);
    }

    [Fact]
    public async Task A_download_past_the_export_deadline_is_answered_timed_out_and_its_database_command_is_cancelled()
    {
        using var download = new HttpRequestMessage(HttpMethod.Get, DeadlineHost.SlowDownload);
        download.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await host.Http.SendAsync(download);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(503, body.Status);
        Assert.Equal(["TIMED_OUT"], body.ErrorCodes);
        Assert.Contains("within 6 seconds", body.Errors[0]!["message"]!.GetValue<string>());
        await Eventually.Async(async () => await host.RunningSleepsAsync() == 0, "PostgreSQL to stop the cancelled pg_sleep");
    }
}
