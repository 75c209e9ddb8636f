using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Host.Tests;

/// <summary>
/// PostgreSQL restarted, stopped or killed under the host: reads ride over it, a write commits once or is
/// answered 503 <c>UNAVAILABLE</c> with nothing written, and readiness follows the database without a host restart.
/// </summary>
public sealed class DatabaseFaultTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Reader = "stadmdv", Reporter = "lararedv";
    private const string Reads = "query($n: PersonalIdentityNumber!) { courses(first: 5) { nodes { code } } student(identityNumber: $n) { id } }";

    [Fact]
    public async Task A_restart_of_PostgreSQL_under_read_load_fails_no_read()
    {
        var sentWhileDown = await NoReadFailsAcrossAsync("990601123", () => host.Cluster.StopAsync());

        Assert.NotNull(sentWhileDown.Data["student"]!["id"]);
    }

    [Fact]
    public async Task A_crash_of_PostgreSQL_under_read_load_fails_no_read() =>
        await NoReadFailsAcrossAsync("990602123", () => host.Cluster.KillAsync());

    /// <summary>
    /// Four clients read while <paramref name="outage"/> takes PostgreSQL down and it is started again; one more read is
    /// sent while it is down. Every read is answered without an error; the one sent while it was down is returned.
    /// (After a crash the student may be gone: the throwaway cluster does not wait for the disk before it confirms a commit.)
    /// </summary>
    private async Task<GraphQLResponse> NoReadFailsAcrossAsync(string nineDigits, Func<Task> outage)
    {
        var number = await StudentAsync(nineDigits);
        await using var load = ReadLoad.Start(host, await host.TokenAsync(Reader), Reads, new { n = number }, clients: 4);
        await load.UntilEachClientHasAsync(reads: 3);

        await outage();
        var sentWhileDown = load.ReadOnceAsync();
        await StartAgainAsync();
        await load.UntilEachClientHasAsync(reads: load.Reads + 3);
        var failures = await load.StopAsync();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var answer = await sentWhileDown;
        Assert.True(answer.Status == 200 && answer.Errors.Count == 0, answer.Body?.ToJsonString());
        return answer;
    }

    [Theory]
    [InlineData("crash", "990701")]
    [InlineData("fast shutdown", "990702")]
    public async Task A_bulk_report_cut_off_by_PostgreSQL_going_down_writes_nothing_is_answered_503_and_can_be_sent_again(string outage, string prefix)
    {
        var batch = await BulkReport.PrepareAsync(host, prefix, rows: 300);
        // The throwaway cluster confirms commits before their WAL is on disk; a crash must not take the students prepared here with it.
        await host.ExecuteAsync("CHECKPOINT");
        // The test holds a lock the report's COPY needs, so the outage comes after its batch row is written and before it commits.
        await using var holder = await BulkReport.HoldResultsAsync(host.ConnectionString);
        var report = host.PostAsync(LadokHost.MutationDocument(BulkReport.Mutation, BulkReport.Selection), new { input = batch.Input }, Reporter);
        await BulkReport.WaitUntilCopyWaitsAsync(host.ConnectionString);

        await (outage == "crash" ? host.Cluster.KillAsync() : host.Cluster.StopAsync());
        await StartAgainAsync();
        var answer = await report;

        Assert.Equal(503, answer.Status);
        Assert.Equal(["UNAVAILABLE"], answer.ErrorCodes);
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Message.Headers.RetryAfter?.Delta);
        Assert.Equal((0L, 0L), await batch.WrittenAsync(host));

        // UNAVAILABLE means the batch may be sent again; its key makes that safe even had it committed.
        var again = await host.MutateAsync(BulkReport.Mutation, BulkReport.Selection, batch.Input, Reporter);
        Assert.Equal(300, again["created"]!.GetValue<int>());
        Assert.Equal((1L, 300L), await batch.WrittenAsync(host));
    }

    [Fact]
    public async Task A_mutation_while_PostgreSQL_is_down_is_answered_503_unavailable_not_a_client_error()
    {
        var token = await host.TokenAsync(Reporter);
        await host.Cluster.StopAsync();
        try
        {
            var answer = await PostAsync(host.Http, token, LadokHost.MutationDocument("createStudent", "student { id }"),
                new { input = new { identityNumber = IdentityNumbers.Personal("990603123"), firstName = "Down", lastName = "Student" } });

            Assert.Equal(503, answer.Status);
            Assert.Equal(["UNAVAILABLE"], answer.ErrorCodes);
            Assert.NotNull(answer.Message.Headers.RetryAfter);
        }
        finally
        {
            await StartAgainAsync();
        }
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM records.students WHERE first_name = 'Down'"));
    }

    [Fact]
    public async Task A_query_that_outlasts_its_retries_while_PostgreSQL_is_down_is_answered_503_unavailable_not_a_client_error()
    {
        var token = await host.TokenAsync(Reader);
        await host.Cluster.StopAsync();
        try
        {
            var answer = await PostAsync(host.Http, token, Reads, new { n = IdentityNumbers.Personal("990604123") });

            Assert.Equal(503, answer.Status);
            Assert.Equal(["UNAVAILABLE"], answer.ErrorCodes);
            Assert.Equal(TimeSpan.FromSeconds(5), answer.Message.Headers.RetryAfter?.Delta);
        }
        finally
        {
            await StartAgainAsync();
        }
    }

    [Fact]
    public async Task A_download_while_PostgreSQL_is_down_is_answered_503_unavailable_not_a_server_crash()
    {
        var token = await host.TokenAsync("ladokadm");
        await host.Cluster.StopAsync();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/scb-term.csv?period=HT2025");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await host.Http.SendAsync(request);

            Assert.Equal(503, (int)response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("UNAVAILABLE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        finally
        {
            await StartAgainAsync();
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, "/reports/scb-term.csv?period=HT2025");
        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("ladokadm"));
        using var answered = await host.Http.SendAsync(again);
        Assert.Equal(200, (int)answered.StatusCode);
    }

    [Fact]
    public async Task Readiness_fails_while_PostgreSQL_is_down_and_recovers_without_a_host_restart()
    {
        Assert.Equal(200, await ReadyStatusAsync());

        await host.Cluster.StopAsync();
        try
        {
            Assert.Equal(503, await PollReadinessAsync(503));
        }
        finally
        {
            await StartAgainAsync();
        }

        Assert.Equal(200, await PollReadinessAsync(200));
        Assert.Equal(200, await PollLivenessAsync());
    }

    /// <summary>Starts the server again; the test's own pooled connections died with it, so they are dropped.</summary>
    private async Task StartAgainAsync()
    {
        await host.Cluster.StartAgainAsync();
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<int> ReadyStatusAsync()
    {
        using var response = await host.Http.GetAsync("/health/ready");
        return (int)response.StatusCode;
    }

    private Task<int> PollReadinessAsync(int wanted) => Eventually.Async(
        ReadyStatusAsync, status => status == wanted, status => $"/health/ready to answer {wanted} (it answers {status})", TimeSpan.FromSeconds(30));

    private async Task<int> PollLivenessAsync()
    {
        using var response = await host.Http.GetAsync("/health/live");
        return (int)response.StatusCode;
    }

    /// <summary>A new student, returned by identity number.</summary>
    private async Task<string> StudentAsync(string nineDigits)
    {
        var number = IdentityNumbers.Personal(nineDigits);
        await host.MutateAsync("createStudent", "student { id }", new { identityNumber = number, firstName = "Read", lastName = "Load" }, "stadmdv");
        return number;
    }

    internal static async Task<GraphQLResponse> PostAsync(HttpClient http, string token, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>Clients reading in a loop until stopped; every answer that is not a clean 200 is kept as a failure.</summary>
    private sealed class ReadLoad : IAsyncDisposable
    {
        private readonly LadokHost host;
        private readonly string token;
        private readonly string query;
        private readonly object variables;
        private readonly CancellationTokenSource stop = new();
        private readonly int[] readsPerClient;
        private readonly List<string> failures = [];
        private Task[] clients = [];

        private ReadLoad(LadokHost host, string token, string query, object variables, int clientCount)
        {
            this.host = host;
            this.token = token;
            this.query = query;
            this.variables = variables;
            readsPerClient = new int[clientCount];
        }

        /// <summary>The fewest reads any one client has finished.</summary>
        public int Reads => Enumerable.Range(0, readsPerClient.Length).Min(i => Volatile.Read(ref readsPerClient[i]));

        public static ReadLoad Start(LadokHost host, string token, string query, object variables, int clients)
        {
            var load = new ReadLoad(host, token, query, variables, clients);
            load.clients = Enumerable.Range(0, clients).Select(i => Task.Run(() => load.RunAsync(i))).ToArray();
            return load;
        }

        public Task<GraphQLResponse> ReadOnceAsync() => PostAsync(host.Http, token, query, variables);

        /// <summary>Waits, with a generous deadline, until every client has finished <paramref name="reads"/> reads.</summary>
        public Task UntilEachClientHasAsync(int reads) => Eventually.Async(() =>
        {
            lock (failures)
            {
                return failures.Count > 0 || Reads >= reads;
            }
        }, $"every client to finish {reads} reads", TimeSpan.FromMinutes(2));

        public async Task<IReadOnlyList<string>> StopAsync()
        {
            await stop.CancelAsync();
            await Task.WhenAll(clients);
            Assert.All(readsPerClient, count => Assert.True(count > 0, "A client never finished a read."));
            lock (failures)
            {
                return [.. failures];
            }
        }

        private async Task RunAsync(int client)
        {
            while (!stop.IsCancellationRequested)
            {
                var answer = await ReadOnceAsync();
                if (answer.Status != 200 || answer.Errors.Count > 0)
                {
                    lock (failures)
                    {
                        failures.Add($"{answer.Status}: {answer.Body?.ToJsonString()}");
                    }
                }
                Interlocked.Increment(ref readsPerClient[client]);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await Task.WhenAll(clients);
            stop.Dispose();
        }
    }
}
