using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Ladok.Host.Composition;
using Ladok.Kernel.Plugins;
using Ladok.Plugins.Sdk;
using McMaster.NETCore.Plugins;

namespace Ladok.Host.Plugins;

/// <summary>
/// Loads every plugin folder under the plugins directory: reads <c>plugin.json</c>, checks the
/// SDK range, loads the assembly in its own load context (sharing the SDK and Contracts with the
/// host) and calls each <see cref="ILadokPlugin"/>. Any failure stops start-up naming the plugin.
/// </summary>
public static class PluginCatalog
{
    public const string ManifestFile = "plugin.json";

    public static string DirectoryFrom(IConfiguration configuration) =>
        configuration["Plugins:Directory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>
    /// Where plugins keep their data (<see cref="IPluginBuilder.DataDirectory"/>): <c>Plugins:DataDirectory</c>, else beside the
    /// local PostgreSQL's default folder.
    /// </summary>
    public static string DataDirectoryFrom(IConfiguration? configuration) =>
        configuration?["Plugins:DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Environment.IsPrivilegedProcess
                ? "/var/lib/ladok/plugins"
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
                    "ladok", "plugins");

    /// <summary>Loads every plugin folder; <paramref name="configuration"/> gives each its settings section and data folder.</summary>
    public static LoadedPlugins Load(string directory, IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().Build();
        return new(directory, Directory.Exists(directory)
            ? Directory.GetDirectories(directory).Order(StringComparer.Ordinal).Select(folder => LoadOne(folder, configuration)).ToList()
            : []);
    }

    private static LoadedPlugin LoadOne(string folder, IConfiguration configuration)
    {
        var name = Path.GetFileName(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new PluginLoadException(name, $"its folder {folder} has no {ManifestFile} manifest.");
        }

        PluginManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(manifestPath))
                ?? throw new JsonException("the manifest is empty");
        }
        catch (JsonException e)
        {
            throw new PluginLoadException(name, $"its {ManifestFile} is not a valid manifest ({e.Message}).", e);
        }

        var id = $"{manifest.Id} ({folder})";
        if (!VersionRange.TryParse(manifest.Sdk, out var range, out var rangeError))
        {
            throw new PluginLoadException(id, $"its SDK range is invalid: {rangeError}.");
        }

        if (!range.Includes(SdkVersion.Current))
        {
            throw new PluginLoadException(
                id, $"it supports SDK {manifest.Sdk}, but this host provides SDK {SdkVersion.Current}. Install a version of the plugin built for " +
                    $"SDK {SdkVersion.Current.Major}.x.");
        }

        var assemblyPath = Path.Combine(folder, manifest.Assembly);
        if (!File.Exists(assemblyPath))
        {
            throw new PluginLoadException(id, $"its manifest names the assembly {manifest.Assembly}, which is not in the folder.");
        }

        var builder = new PluginBuilder(manifest, id, configuration);
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, [.. HostModules.SharedWithPlugins], config => config.PreferSharedTypes = true);
            var entryTypes = loader.LoadDefaultAssembly().GetExportedTypes()
                .Where(t => typeof(ILadokPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (entryTypes.Count == 0)
            {
                throw new PluginLoadException(id, $"{manifest.Assembly} has no public class implementing ILadokPlugin.");
            }

            foreach (var type in entryTypes)
            {
                ((ILadokPlugin)Activator.CreateInstance(type)!).Configure(builder);
            }
        }
        catch (PluginLoadException)
        {
            throw;
        }
        catch (Exception e) when (
            e is TargetInvocationException or FileLoadException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException
                or MissingMethodException)
        {
            throw new PluginLoadException(id, $"its assembly could not be loaded: {(e.InnerException ?? e).Message}", e);
        }
#pragma warning disable CA1031 // any exception from a plugin's own code must become a start-up error naming it
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw new PluginLoadException(id, $"it threw while configuring: {e.GetType().Name}: {e.Message}", e);
        }

        if (manifest.University is { } university
            && builder.UniversityProfiles.FirstOrDefault(p => !string.Equals(p.Code, university, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            throw new PluginLoadException(id, $"its manifest says it serves {university}, but it provides the university {other.Code}.");
        }

        return new LoadedPlugin(
            manifest, folder, builder.UniversityProfiles, builder.Prerequisites, builder.Profiles, builder.GradingScales, builder.Reports,
            builder.InactivityRules,
            builder.ResultRules, builder.EventSubscribers, builder.CreditTransferAttesters, builder.ReRegistrationRules, builder.RegistrationObstacleRules,
            builder.SelfWithdrawalPeriods);
    }

    private sealed class PluginBuilder(PluginManifest manifest, string id, IConfiguration configuration) : IPluginBuilder
    {
        public PluginManifest Manifest => manifest;

        public string DataDirectory => Directory.CreateDirectory(Path.Combine(DataDirectoryFrom(configuration), manifest.Id)).FullName;

        /// <summary>Binds and validates the plugin's section; a failure is a start-up error naming the plugin and the section.</summary>
        public TSettings Settings<TSettings>()
            where TSettings : class, new()
        {
            var section = $"Plugins:{manifest.Id}";
            var settings = new TSettings();
            try
            {
                configuration.GetSection(section).Bind(settings);
            }
            catch (InvalidOperationException e)
            {
                throw new PluginLoadException(id, $"its settings {section} cannot be read: {(e.InnerException ?? e).Message}", e);
            }

            var problems = new List<ValidationResult>();
            if (!Validator.TryValidateObject(settings, new ValidationContext(settings), problems, validateAllProperties: true))
            {
                throw new PluginLoadException(id, $"its settings {section} are invalid: {string.Join(" ", problems.Select(p => p.ErrorMessage))}");
            }
            return settings;
        }

        public List<IUniversityProfile> UniversityProfiles { get; } = [];

        public List<IPermissionPrerequisites> Prerequisites { get; } = [];

        public void AddUniversityProfile(IUniversityProfile profile) => UniversityProfiles.Add(profile);

        public List<PermissionProfileDefinition> Profiles { get; } = [];

        public void AddPermissionPrerequisites(IPermissionPrerequisites prerequisites) => Prerequisites.Add(prerequisites);

        public void AddPermissionProfile(PermissionProfileDefinition profile) => Profiles.Add(profile);

        public List<GradingScaleDefinition> GradingScales { get; } = [];

        public void AddGradingScale(GradingScaleDefinition scale) => GradingScales.Add(scale);

        public List<IUniversityReport> Reports { get; } = [];

        public void AddReport(IUniversityReport report) => Reports.Add(report);

        public List<IInactivityRule> InactivityRules { get; } = [];

        public void AddInactivityRule(IInactivityRule rule) => InactivityRules.Add(rule);

        public List<IResultRule> ResultRules { get; } = [];

        public void AddResultRule(IResultRule rule) => ResultRules.Add(rule);

        public List<IEventSubscriber> EventSubscribers { get; } = [];

        public void AddEventSubscriber(IEventSubscriber subscriber) => EventSubscribers.Add(subscriber);

        public List<CreditTransferAttesters> CreditTransferAttesters { get; } = [];

        public void SetCreditTransferAttesters(CreditTransferAttesters attesters) => CreditTransferAttesters.Add(attesters);

        public List<IReRegistrationRule> ReRegistrationRules { get; } = [];

        public void AddReRegistrationRule(IReRegistrationRule rule) => ReRegistrationRules.Add(rule);

        public List<IRegistrationObstacleRule> RegistrationObstacleRules { get; } = [];

        public void AddRegistrationObstacleRule(IRegistrationObstacleRule rule) => RegistrationObstacleRules.Add(rule);

        public List<TimeSpan> SelfWithdrawalPeriods { get; } = [];

        public void SetSelfWithdrawalPeriod(TimeSpan afterStart)
        {
            if (afterStart < TimeSpan.Zero || afterStart > TimeSpan.FromDays(366))
            {
                throw new PluginLoadException(manifest.Id, $"its self-withdrawal period of {afterStart.TotalDays} days is not between 0 and 366 days.");
            }
            SelfWithdrawalPeriods.Add(afterStart);
        }
    }
}

public sealed record LoadedPlugin(
    PluginManifest Manifest, string Folder, IReadOnlyList<IUniversityProfile> UniversityProfiles,
    IReadOnlyList<IPermissionPrerequisites> Prerequisites, IReadOnlyList<PermissionProfileDefinition> Profiles,
    IReadOnlyList<GradingScaleDefinition> GradingScales, IReadOnlyList<IUniversityReport> Reports,
    IReadOnlyList<IInactivityRule> InactivityRules, IReadOnlyList<IResultRule> ResultRules,
    IReadOnlyList<IEventSubscriber> EventSubscribers, IReadOnlyList<CreditTransferAttesters> CreditTransferAttesters,
    IReadOnlyList<IReRegistrationRule> ReRegistrationRules, IReadOnlyList<IRegistrationObstacleRule>? RegistrationObstacleRules = null,
    IReadOnlyList<TimeSpan>? SelfWithdrawalPeriods = null)
{
    /// <summary>
    /// The university the plugin serves: its manifest's, else that of the profile it provides;
    /// null for a plugin that serves any university.
    /// </summary>
    public string? University => Manifest.University ?? (UniversityProfiles.Count > 0 ? UniversityProfiles[0].Code : null);
}

/// <summary>The plugins the host loaded, and the university the configuration chose among them.</summary>
public sealed record LoadedPlugins(string Directory, IReadOnlyList<LoadedPlugin> Plugins)
{
    public IUniversityProfile University(string? code)
    {
        var profiles = Plugins.SelectMany(p => p.UniversityProfiles).ToList();
        var known = profiles.Count == 0 ? "none" : string.Join(", ", profiles.Select(p => p.Code));
        if (string.IsNullOrWhiteSpace(code))
        {
            return profiles.Count == 1
                ? profiles[0]
                : throw new StartupException($"Set University:Code to the university this host serves. Plugins in {Directory} provide: {known}.");
        }

        var matching = Plugins.Where(p => p.UniversityProfiles.Any(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase))).ToList();
        if (matching.Count > 1)
        {
            throw new StartupException(
                $"University:Code is {code}, and more than one plugin in {Directory} provides it " +
                $"({string.Join(", ", matching.Select(p => p.Manifest.Id))}). Keep one of them.");
        }

        return profiles.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw new StartupException(
                $"University:Code is {code}, but no plugin in {Directory} provides it (they provide: {known}). Add the university's plugin folder there.");
    }

    /// <summary>
    /// The prerequisites that apply to the chosen university: from plugins that serve it, or
    /// that serve any university.
    /// </summary>
    public IPermissionPrerequisites Prerequisites(IUniversityProfile university) =>
        new CombinedPrerequisites(Serving(university).SelectMany(p => p.Prerequisites).ToList());

    /// <summary>The permission profiles the university's plugins add.</summary>
    public IReadOnlyList<PermissionProfileDefinition> Profiles(IUniversityProfile university) =>
        Serving(university).SelectMany(p => p.Profiles).ToList();

    /// <summary>The grading scales the university's plugins add beside the standard ones.</summary>
    public IReadOnlyList<GradingScaleDefinition> GradingScales(IUniversityProfile university) =>
        Serving(university).SelectMany(p => p.GradingScales).ToList();

    /// <summary>The reports the university's plugins add, each with its plugin's id; two with one name stop start-up.</summary>
    public IReadOnlyList<PluginExtension<IUniversityReport>> Reports(IUniversityProfile university)
    {
        var reports = Serving(university).SelectMany(p => p.Reports.Select(r => new PluginExtension<IUniversityReport>(p.Manifest.Id, r))).ToList();
        if (reports.GroupBy(r => r.Extension.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new StartupException($"Two plugin reports are named {clash.Key}; report names must be unique.");
        }
        return reports;
    }

    /// <summary>
    /// The university's inactivity rule with the id of the plugin that gives it; null when no plugin
    /// serving the university gives one. Two rules stop start-up: which one applies must not depend on folder order.
    /// </summary>
    public PluginExtension<IInactivityRule>? InactivityRule(IUniversityProfile university)
    {
        var rules = Serving(university).SelectMany(p => p.InactivityRules.Select(r => new PluginExtension<IInactivityRule>(p.Manifest.Id, r))).ToList();
        return rules.Count switch
        {
            0 => null,
            1 => rules[0],
            _ => throw new StartupException(
                $"The plugins {string.Join(", ", rules.Select(r => r.PluginId))} each give an inactivity rule for {university.Code}; keep one."),
        };
    }

    /// <summary>
    /// Who may decide credit transfers at the university: the choice of the plugin serving it that makes one, else the
    /// default. Two choices stop start-up, as two inactivity rules do: which applies must not depend on folder order.
    /// </summary>
    public CreditTransferAttestation CreditTransferAttestation(IUniversityProfile university)
    {
        var choices = Serving(university).SelectMany(p => p.CreditTransferAttesters.Select(a => (Plugin: p.Manifest.Id, Attesters: a))).ToList();
        return choices.Count switch
        {
            0 => Ladok.Plugins.Sdk.CreditTransferAttestation.Default,
            1 => new Ladok.Plugins.Sdk.CreditTransferAttestation(choices[0].Attesters),
            _ => throw new StartupException(
                $"The plugins {string.Join(", ", choices.Select(c => c.Plugin))} each say who attests credit transfers for {university.Code}; keep one."),
        };
    }

    /// <summary>The result rules of the university's plugins, each with its plugin's id for the errors and logs that name it.</summary>
    public IReadOnlyList<PluginExtension<IResultRule>> ResultRules(IUniversityProfile university) =>
        Serving(university).SelectMany(p => p.ResultRules.Select(r => new PluginExtension<IResultRule>(p.Manifest.Id, r))).ToList();

    /// <summary>The re-registration rules of the university's plugins, each with its plugin's id.</summary>
    public IReadOnlyList<PluginExtension<IReRegistrationRule>> ReRegistrationRules(IUniversityProfile university) =>
        Serving(university).SelectMany(p => p.ReRegistrationRules.Select(r => new PluginExtension<IReRegistrationRule>(p.Manifest.Id, r))).ToList();

    /// <summary>The self-registration obstacle rules of the university's plugins, each with its plugin's id.</summary>
    public IReadOnlyList<PluginExtension<IRegistrationObstacleRule>> RegistrationObstacleRules(IUniversityProfile university) =>
        Serving(university).SelectMany(p => (p.RegistrationObstacleRules ?? []).Select(r => new PluginExtension<IRegistrationObstacleRule>(p.Manifest.Id, r)))
            .ToList();

    /// <summary>How long after the start students may withdraw themselves: the one plugin's choice, else the default; two stop start-up.</summary>
    public SelfWithdrawalPeriod SelfWithdrawalPeriod(IUniversityProfile university)
    {
        var choices = Serving(university).SelectMany(p => (p.SelfWithdrawalPeriods ?? []).Select(a => (Plugin: p.Manifest.Id, AfterStart: a))).ToList();
        return choices.Count switch
        {
            0 => Ladok.Plugins.Sdk.SelfWithdrawalPeriod.Default,
            1 => new Ladok.Plugins.Sdk.SelfWithdrawalPeriod(choices[0].AfterStart),
            _ => throw new StartupException(
                $"The plugins {string.Join(", ", choices.Select(c => c.Plugin))} each set the self-withdrawal period for {university.Code}; keep one."),
        };
    }

    /// <summary>The event subscribers of the university's plugins, each with the plugin it belongs to; a bad name stops start-up.</summary>
    public IReadOnlyList<PluginEventSubscriber> EventSubscribers(IUniversityProfile university) =>
        Serving(university).SelectMany(PluginEventSubscriber.Of).ToList();

    /// <summary>The plugins whose contributions apply: those serving the chosen university, and those serving any.</summary>
    public IEnumerable<LoadedPlugin> Serving(IUniversityProfile university) =>
        Plugins.Where(p => p.University is null || string.Equals(p.University, university.Code, StringComparison.OrdinalIgnoreCase));

    private sealed class CombinedPrerequisites(IReadOnlyList<IPermissionPrerequisites> all) : IPermissionPrerequisites
    {
        public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) =>
            all.SelectMany(p => p.RequiredTrainingCodes(profileCode)).Distinct(StringComparer.Ordinal).ToList();
    }
}
