using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The host's command line, run as its own process as an operator runs it: help and usage errors come from the parser alone,
/// outside Development with no connection string, so they build no host and open no database.
/// </summary>
public sealed class CommandLineTests
{
    private static readonly Dictionary<string, string?> NoDatabase = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Ladok"] = null,
    };

    [Fact]
    public async Task Help_lists_every_verb_and_the_modules_commands_and_exits_0_without_a_database()
    {
        var (exitCode, stdout, stderr) = await ServingHostProcess.RunAsync(["--help"], NoDatabase);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("", stderr);
        foreach (var verb in new[] { "migrate", "seed", "schema", "outbox", "reporting", "--University:Code" })
        {
            Assert.Contains(verb, stdout, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("ConnectionStrings:Ladok is", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verbs_help_describes_its_options_and_a_modules_help_its_commands_and_argument()
    {
        var (schemaExit, schema, _) = await ServingHostProcess.RunAsync(["schema", "--help"], NoDatabase);
        var (seedExit, seed, _) = await ServingHostProcess.RunAsync(["seed", "--help", "--University:Code", "KTH"], NoDatabase);
        var (outboxExit, outbox, _) = await ServingHostProcess.RunAsync(["outbox", "--help"], NoDatabase);

        Assert.Equal((0, 0, 0), (schemaExit, seedExit, outboxExit));
        Assert.Contains("--check <FILE>", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("type Query", schema, StringComparison.Ordinal);
        Assert.Contains("--students <N>", seed, StringComparison.Ordinal);
        Assert.Contains("--years <Y>", seed, StringComparison.Ordinal);
        Assert.Contains("--seed <S>", seed, StringComparison.Ordinal);
        Assert.Contains("parked", outbox, StringComparison.Ordinal);
        Assert.Contains("retry <message>", outbox, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'frobnicate'.", "frobnicate")]
    [InlineData("Unrecognized command or argument '--frobnicate'.", "schema", "--frobnicate")]
    [InlineData("Unrecognized command or argument '--frobnicate'.", "--frobnicate")]
    [InlineData("Unrecognized command or argument 'frobnicate'.", "outbox", "frobnicate")]
    [InlineData("--students takes a whole number from 1.", "seed", "--students", "0")]
    [InlineData("--years takes a whole number from 1 to 100.", "seed", "--students", "10", "--years", "101")]
    [InlineData("--years and --seed go with --students.", "seed", "--years", "3")]
    [InlineData("Required argument 'message' missing", "outbox", "retry", "--University:Code", "UMU")]
    public async Task A_command_line_that_does_not_parse_exits_2_with_one_line_pointing_at_help(string expected, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await ServingHostProcess.RunAsync(arguments, NoDatabase);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.EndsWith("See --help.", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_reach_the_configuration_for_a_verb_wherever_they_stand()
    {
        // schema builds the host (and so checks the configuration) but needs no database: an unknown university stops it, naming the setting.
        var (exitCode, stdout, stderr) = await ServingHostProcess.RunAsync(
            ["--University:Code", "XYZ", "schema", "--Plugins:Directory=" + RepositoryPaths.Plugins], NoDatabase);

        Assert.Equal(1, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("XYZ", stderr, StringComparison.Ordinal);
    }
}
