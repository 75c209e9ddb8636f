using Ladok.Kernel.Data;
using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Data;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Catalogue.Tests;

/// <summary>Grading scales a university's plugin adds (SDK 1.2): stored as reference data at each migration, by the Catalogue's rules.</summary>
public sealed class LocalGradingScalesTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly GradingScaleDefinition PassFail = new("P_F", "Godkänd/Underkänd (P/F)", "Pass/Fail (P/F)",
        [new GradeDefinition("F", "Underkänd", false), new GradeDefinition("P", "Godkänd", true)]);

    [Fact]
    public async Task A_plugin_scale_is_stored_once_however_often_the_migrations_run_and_follows_its_definition()
    {
        await MigrateWithAsync([PassFail]);
        await MigrateWithAsync([PassFail]);
        await MigrateWithAsync([PassFail with { NameSv = "P/F", Grades = [new("F", null, false), new("Fx", null, false), new("P", "Godkänd", true)] }]);

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM catalogue.grading_scales WHERE code = 'P_F'"));
        Assert.Equal("P/F", await database.ScalarAsync<string>("SELECT name FROM catalogue.grading_scales WHERE code = 'P_F'"));
        Assert.Equal("F,Fx,P", await database.ScalarAsync<string>(
            "SELECT string_agg(g.code, ',' ORDER BY g.rank) FROM catalogue.grades g JOIN catalogue.grading_scales s ON s.id = g.grading_scale_id " +
            "WHERE s.code = 'P_F'"));
        Assert.Equal(4L + 1L, await database.ScalarAsync<long>("SELECT count(*) FROM catalogue.grading_scales"));
    }

    [Theory]
    [InlineData("a_f", "which is a standard scale")]
    [InlineData("P_F_WITH_A_CODE_TOO_LONG", "1 to 20 characters")]
    public void A_scale_code_that_is_a_standard_one_or_too_long_is_refused(string code, string expected)
    {
        var error = Assert.Throws<ReferenceDataException>(() => LocalGradingScales.From([PassFail with { Code = code }]));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_without_a_passing_grade_or_with_a_grade_twice_is_refused()
    {
        var noPass = Assert.Throws<ReferenceDataException>(() => LocalGradingScales.From([PassFail with { Grades = [new("F", null, false)] }]));
        var twice = Assert.Throws<ReferenceDataException>(
            () => LocalGradingScales.From([PassFail with { Grades = [new("P", null, true), new("P", null, true)] }]));

        Assert.Contains("no passing grade", noPass.Message, StringComparison.Ordinal);
        Assert.Contains("the grade P appears more than once", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_scale_has_the_same_ids_in_every_database()
    {
        var first = LocalGradingScales.From([PassFail]).Single();
        var second = LocalGradingScales.From([PassFail]).Single();

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Grades.Select(g => g.Id), second.Grades.Select(g => g.Id));
        Assert.Equal(["F:0", "P:1"], first.Grades.Select(g => $"{g.Code}:{g.Rank}"));
    }

    private async Task MigrateWithAsync(IReadOnlyList<GradingScaleDefinition> scales)
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var options = ModuleDatabase.Options<CatalogueDbContext>(
            dataSource, CatalogueDbContext.Schema, (db, ct) => LocalGradingScales.SyncAsync(db, scales, ct));
        await using var db = new PooledDbContextFactory<CatalogueDbContext>(options).CreateDbContext();
        await db.Database.MigrateAsync();
    }
}
