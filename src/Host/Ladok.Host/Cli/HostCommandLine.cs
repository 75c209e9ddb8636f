using System.CommandLine;
using System.CommandLine.Invocation;
using Ladok.Host.Database;
using Ladok.Tools.History;

namespace Ladok.Host.Cli;

/// <summary>Builds a host for a verb and runs the verb on it; <c>verb</c> is <c>serve</c> for the server.</summary>
internal delegate Task<int> HostRunner(string verb, Func<WebApplication, Task<int>> run);

/// <summary>
/// The host's verbs on System.CommandLine: parsing, help and usage errors come before any host is built, so
/// <c>--help</c> needs no configuration or database. Each verb's action builds the host (<see cref="HostRunner"/>) and runs.
/// </summary>
internal static class HostCommandLine
{
    /// <summary>Exit code of a command line that does not parse (an unknown verb or option, a bad value).</summary>
    public const int UsageError = 2;

    /// <summary>Top-level keys of ASP.NET Core's own configuration that a setting may name without a <c>:</c>.</summary>
    private static readonly HashSet<string> HostSettings = new(["urls", "environment", "contentRoot", "applicationName"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Splits the arguments into configuration settings and the words the parser reads. A setting is <c>--Section:Key value</c>
    /// or <c>--Section:Key=value</c> (a configuration path has a colon, no option of ours does), or one of ASP.NET Core's own
    /// keys (<c>--urls</c>, <c>--environment</c>, …); settings go, unparsed, to the host's configuration, in any position
    /// and for every verb, as ASP.NET Core's command-line provider reads them.
    /// </summary>
    public static (string[] Settings, string[] Words) Split(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var key = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=', 2)[0] : null;
            if (key is null || !(key.Contains(':', StringComparison.Ordinal) || HostSettings.Contains(key)))
            {
                words.Add(arg);
                continue;
            }

            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count) settings.Add(args[++i]);
        }
        return ([.. settings], [.. words]);
    }

    public static RootCommand Create(HostRunner host, Func<WebApplication, Task<int>> serve)
    {
        var root = new RootCommand(
            "Ladok, the student-records host. With no command it serves: migrates the database, seeds the demo data if Seeding:DemoData, "
            + "and listens. Settings go anywhere on the line, for every command, as --Section:Key value (--University:Code KTH, "
            + "--ConnectionStrings:Ladok \"Host=…\") or --urls, --environment; see docs/operations.md.");
        root.SetAction(_ => host("serve", serve));
        root.Add(Migrate(host));
        root.Add(Seed(host));
        root.Add(Schema(host));
        foreach (var module in ModuleCommands.Declared.GroupBy(c => c.Declaration.ModuleName))
        {
            var group = new Command(module.Key, $"{string.Join(", ", module.Select(c => $"{module.Key} {c.Declaration.Name}"))}: see {module.Key} --help; "
                + "each migrates the database first.");
            foreach (var declared in module) group.Add(ModuleCommand(host, declared));
            root.Add(group);
        }
        return root;
    }

    /// <summary>Parses and runs; a line that does not parse gets one line on stderr and exit code 2, and runs nothing.</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] words)
    {
        var parsed = root.Parse(words);
        if (parsed.Action is ParseErrorAction)
        {
            await Console.Error.WriteLineAsync(string.Join(' ', parsed.Errors.Select(e => e.Message)) + " See --help.");
            return UsageError;
        }

        // Exceptions are the caller's (a test host's), and Ctrl+C is the web host's to handle: it stops the server gracefully.
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    private static Command Migrate(HostRunner host)
    {
        var command = new Command("migrate", "Starts the database, applies every module's pending migrations, and exits.");
        command.SetAction(_ => host("migrate", async app =>
        {
            await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
            return 0;
        }));
        return command;
    }

    private static Command Seed(HostRunner host)
    {
        var students = new Option<int?>("--students")
        {
            HelpName = "N",
            Description = "Also generate a history of a university of N students enrolled in a year (about N ÷ 1.6 enter each year); "
                + "--students 30000 --years 40 gives about 10 million results. Only into an empty database.",
        };
        var years = new Option<int>(
            "--years") { HelpName = "Y", DefaultValueFactory = _ => 40, Description = "Academic years of history, ending 2025/26 (at most 100)." };
        var seed = new Option<int>(
            "--seed") { HelpName = "S", DefaultValueFactory = _ => 1, Description = "The random seed: the same S gives the same history." };
        students.Validators.Add(result => Positive(result, "--students"));
        years.Validators.Add(result => Positive(result, "--years", max: 100));
        seed.Validators.Add(result => Positive(result, "--seed"));

        var command = new Command(
            "seed", "Migrates, then seeds the demo data (whatever Seeding:DemoData says; only into an empty database).") { students, years, seed };
        command.Validators.Add(result =>
        {
            if (result.GetResult(students) is null && (result.GetResult(years) is { Implicit: false } || result.GetResult(seed) is { Implicit: false }))
                result.AddError("--years and --seed go with --students.");
        });
        command.SetAction(parsed => host("seed", async app =>
        {
            if (parsed.GetValue(students) is { } n) return await HistoryCommand.RunAsync(
                app, new HistoryOptions(n, parsed.GetValue(years), parsed.GetValue(seed)));
            await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
            await DatabaseStartup.SeedDemoDataAsync(app.Services, CancellationToken.None);
            return 0;
        }));
        return command;
    }

    private static Command Schema(HostRunner host)
    {
        var check = new Option<string>("--check")
        {
            HelpName = "FILE",
            Description = "Instead, compare with the SDL in FILE (an absolute path) and list what breaks its clients; exit 1 if anything does.",
        };
        var accepted = new Option<string>("--accepted")
        {
            HelpName = "CHANGELOG",
            Description = "With --check: the breaking changes listed under \"" + Kernel.GraphQL.Sdl.SchemaCompatibility.AcceptedHeading
                + "\" in CHANGELOG (docs/graphql.md, an absolute path) pass; any other still fails.",
        };
        var command = new Command("schema", "Prints the GraphQL schema (SDL, what schema.graphql holds) to stdout; needs no database.") { check, accepted };
        command.SetAction(parsed => host("schema", app => SchemaCommand.RunAsync(app, parsed.GetValue(check), parsed.GetValue(accepted))));
        return command;
    }

    private static Command ModuleCommand(HostRunner host, DeclaredModuleCommand declared)
    {
        var (module, name) = (declared.Declaration.ModuleName, declared.Declaration.Name);
        var command = new Command(name, declared.Declaration.Description);
        var argument = declared.Declaration.Argument is { } argumentName
            ? new Argument<string>(argumentName) { Description = declared.Declaration.ArgumentDescription } : null;
        if (argument is not null) command.Add(argument);
        command.SetAction(parsed => host($"{module} {name}", app =>
            ModuleCommands.RunAsync(app, declared, argument is null ? [] : [parsed.GetRequiredValue(argument)])));
        return command;
    }

    private static void Positive(System.CommandLine.Parsing.OptionResult result, string name, int max = int.MaxValue)
    {
        var value = result.GetValueOrDefault<int?>();
        if (value is <= 0 || value > max) result.AddError($"{name} takes a whole number from 1{(max < int.MaxValue ? $" to {max}" : "")}.");
    }
}
