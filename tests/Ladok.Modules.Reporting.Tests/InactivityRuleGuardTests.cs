using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Records.Contracts;
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
/// <c>inactive-students</c> applies the plugin's inactivity rule; a rule that throws or hangs fails
/// only that report, as PLUGIN_FAILURE naming the plugin, and without a rule the report is not there.
/// </summary>
public sealed class InactivityRuleGuardTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Admin = "ladokadm";
    private const string PluginId = "test.rule";
    private readonly FakePermissions permissions = new();
    private readonly FakeRecords records = new();
    private readonly RecordingLogger logger = new();
    private NpgsqlDataSource dataSource = null!;

    public Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        permissions.Grant(Admin, ReportingPolicies.Export, FakeCatalogue.Umu);
        records.Activity.Add(new StudentActivityInfo(Guid.NewGuid(), "199001011239", "Anna", "Berg", new DateOnly(2019, 8, 26), null, null));
        records.Activity.Add(new StudentActivityInfo(Guid.NewGuid(), "199202021234", "Bo", "Ek", new DateOnly(2026, 8, 24), new DateOnly(2026, 10, 30), null));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task The_report_lists_the_students_the_rule_finds_inactive_with_its_date_and_reason()
    {
        var catalog = Catalog(new TestRule((s, _) => s.LastExamined is null ? new Inactivity(new DateOnly(2024, 8, 26), "no result") : null));

        var prepared = await catalog.PrepareAsync(InactiveStudents.Name, new Dictionary<string, string>(), Admin, default);
        var rows = await prepared.Value.Rows.ToListAsync();

        Assert.Contains(catalog.All, d => d.Name == InactiveStudents.Name && d.Description.Contains("The test rule.", StringComparison.Ordinal));
        Assert.Equal(["199001011239|Anna Berg|2019-08-26||2024-08-26|no result"], rows.Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task A_rule_that_throws_fails_as_a_plugin_failure_naming_the_plugin()
    {
        var error = await RunAsync(Catalog(new TestRule((_, _) => throw new InvalidOperationException("the rule is broken"))));

        Assert.Equal(ErrorCode.PluginFailure, error.ErrorCode);
        Assert.Contains($"inactivity rule of the plugin {PluginId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("the rule is broken", error.Message, StringComparison.Ordinal);
        Assert.Contains(logger.Errors, e => e.Contains(PluginId, StringComparison.Ordinal) && e.Contains("inactivity rule", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rule_that_hangs_fails_after_the_time_out_and_is_left_behind()
    {
        using var release = new ManualResetEventSlim();
        var error = await RunAsync(Catalog(new TestRule((_, _) =>
        {
            release.Wait();
            return null;
        })));
        release.Set();

        Assert.Equal(ErrorCode.PluginFailure, error.ErrorCode);
        Assert.Contains($"inactivity rule of the plugin {PluginId} did not answer", error.Message, StringComparison.Ordinal);
        Assert.Contains(logger.Errors, e => e.Contains(PluginId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_rule_the_report_is_not_listed_and_asking_for_it_says_why()
    {
        var catalog = Catalog(null);

        var prepared = await catalog.PrepareAsync(InactiveStudents.Name, new Dictionary<string, string>(), Admin, default);

        Assert.DoesNotContain(catalog.All, d => d.Name == InactiveStudents.Name);
        Assert.Equal(ErrorCode.NotFound, prepared.Errors[0].Code);
        Assert.Contains("AddInactivityRule", prepared.Errors[0].Message, StringComparison.Ordinal);
    }

    private ReportCatalog Catalog(IInactivityRule? rule)
    {
        var databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        var replica = new ReadReplica<ReportingDbContext>(databases);
        var authority = new AuthorityReports(databases, replica, records, new FakeCatalogue([]), permissions,
            new FullTimeEquivalentsReader(replica, new FakeCatalogue([]), permissions), TimeProvider.System);
        var rules = new PluginExtensions<IInactivityRule>(rule is null ? [] : [new(PluginId, rule)], TimeSpan.FromMilliseconds(200));
        var inactive = new InactiveStudents(records, rules, TimeProvider.System, logger);
        return new ReportCatalog(
            authority, inactive, PluginExtensions<IUniversityReport>.None, records, TimeProvider.System, NullLogger<ReportCatalog>.Instance);
    }

    private static async Task<LadokException> RunAsync(ReportCatalog catalog)
    {
        var prepared = await catalog.PrepareAsync(InactiveStudents.Name, new Dictionary<string, string>(), Admin, default);
        Assert.True(prepared.Succeeded);

        return await Assert.ThrowsAsync<LadokException>(async () =>
        {
            await foreach (var _ in prepared.Value.Rows) { }
        });
    }

    /// <summary>The errors logged, as formatted messages.</summary>
    private sealed class RecordingLogger : ILogger<InactiveStudents>
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Errors.Add(formatter(state, exception));
        }
    }

    private sealed class TestRule(Func<StudentActivity, DateOnly, Inactivity?> assess) : IInactivityRule
    {
        public string Description => "The test rule.";

        public Inactivity? Assess(StudentActivity student, DateOnly today) => assess(student, today);
    }
}
