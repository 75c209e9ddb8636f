using System.Runtime.CompilerServices;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>
/// A plugin report that throws, hangs or gives a malformed row fails only its own call, as PLUGIN_FAILURE naming the report
/// and the plugin's id, logged with the plugin's id.
/// </summary>
public sealed class PluginReportGuardTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Admin = "ladokadm";
    private const string PluginId = "test.reports";
    private readonly FakePermissions permissions = new();
    private readonly RecordingLogger logger = new();
    private NpgsqlDataSource dataSource = null!;

    public Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        permissions.Grant(Admin, ReportingPolicies.Export, FakeCatalogue.Umu);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task A_report_that_throws_fails_as_a_plugin_failure_naming_it()
    {
        var error = await RunAsync(new TestReport(async ct => { await Task.Yield(); throw new InvalidOperationException("the rule is broken"); }));

        Assert.Equal(ErrorCode.PluginFailure, error.ErrorCode);
        Assert.Contains($"The report test-report of the plugin {PluginId} failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("the rule is broken", error.Message, StringComparison.Ordinal);
        Assert.Contains(logger.Errors, e => e.Contains(PluginId, StringComparison.Ordinal) && e.Contains("report test-report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_that_hangs_fails_after_the_time_out_even_when_it_ignores_cancellation()
    {
        var error = await RunAsync(new TestReport(async _ =>
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return [];
        }));

        Assert.Equal(ErrorCode.PluginFailure, error.ErrorCode);
        Assert.Contains($"The report test-report of the plugin {PluginId} did not answer", error.Message, StringComparison.Ordinal);
        Assert.Contains(logger.Errors, e => e.Contains(PluginId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_fails_as_a_plugin_failure()
    {
        var error = await RunAsync(new TestReport(_ => Task.FromResult<IReadOnlyList<string>>(["only one"])));

        Assert.Equal(ErrorCode.PluginFailure, error.ErrorCode);
        Assert.Contains($"The report test-report of the plugin {PluginId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 values for its 2 columns", error.Message, StringComparison.Ordinal);
        Assert.Contains(logger.Errors, e => e.Contains(PluginId, StringComparison.Ordinal));
    }

    private async Task<Kernel.Errors.LadokException> RunAsync(IUniversityReport report)
    {
        var databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        var replica = new ReadReplica<ReportingDbContext>(databases);
        var authority = new AuthorityReports(databases, replica, new FakeRecords(), new FakeCatalogue([]), permissions,
            new FullTimeEquivalentsReader(replica, new FakeCatalogue([]), permissions), TimeProvider.System);
        var catalog = new ReportCatalog(authority,
            new InactiveStudents(new FakeRecords(), PluginExtensions<IInactivityRule>.None, TimeProvider.System, NullLogger<InactiveStudents>.Instance),
            new PluginExtensions<IUniversityReport>([new(PluginId, report)], TimeSpan.FromMilliseconds(200)), new FakeRecords(), TimeProvider.System, logger);
        var prepared = await catalog.PrepareAsync(report.Name, new Dictionary<string, string>(), Admin, default);
        Assert.True(prepared.Succeeded);

        return await Assert.ThrowsAsync<Kernel.Errors.LadokException>(async () =>
        {
            await foreach (var _ in prepared.Value.Rows) { }
        });
    }

    /// <summary>The errors logged, as formatted messages.</summary>
    private sealed class RecordingLogger : ILogger<ReportCatalog>
    {
        private readonly List<string> errors = [];

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (errors) return [.. errors];
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) lock (errors) errors.Add(formatter(state, exception));
        }
    }

    private sealed class TestReport(Func<CancellationToken, Task<IReadOnlyList<string>>> row) : IUniversityReport
    {
        public string Name => "test-report";
        public string Title => "Test";
        public string Description => "A report that misbehaves on purpose.";
        public IReadOnlyList<ReportParameter> Parameters => [];
        public IReadOnlyList<ReportColumnDefinition> Columns => [new("a", "A"), new("b", "B")];

        public async IAsyncEnumerable<IReadOnlyList<string>> RunAsync(ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return await row(cancellationToken);
        }
    }
}
