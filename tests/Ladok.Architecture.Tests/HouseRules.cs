using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using Microsoft.EntityFrameworkCore;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Ladok.Architecture.Tests;

/// <summary>
/// The house rules of docs/architecture.md as ArchUnitNET rules. Each is built for the architecture it
/// checks, since module-by-module rules depend on which modules are there.
/// </summary>
internal static class HouseRules
{
    private const string Modules = @"^Ladok\.Modules\.";

    /// <summary>The namespaces of Ladok.Kernel.Contracts, which keep the names they had in the Kernel.</summary>
    private const string ContractsKernel = @"Ladok\.Kernel\.(Events|Periods)";

    private static readonly System.Reflection.Assembly KernelAssembly = typeof(Kernel.KernelModule).Assembly;

    /// <summary>Rule 1: a module uses other modules only through their Contracts.</summary>
    public static IArchRule ModulesUseOnlyOtherModulesContracts(ArchUnitNET.Domain.Architecture architecture) =>
        All(ModuleNames(architecture).Select(module =>
            Types().That().ResideInNamespaceMatching($@"{Modules}{module}(\.(?!Contracts(\.|$)).*)?$")
                .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching($@"{Modules}(?!{module}(\.|$))(?>\w+)(?!\.Contracts(\.|$))(\..*)?$")
                .Because($"module {module} may use other modules only through their Contracts")));

    /// <summary>
    /// Rule 1: Contracts use only the BCL, the contracts kernel's namespaces and themselves, never another Contracts. A module no
    /// other module asks anything (Notifications) has no Contracts, and so nothing to check.
    /// </summary>
    public static IArchRule ContractsUseOnlyTheContractsKernel(ArchUnitNET.Domain.Architecture architecture) =>
        All(ModuleNames(architecture)
            .Where(module => architecture.Namespaces.Any(n => n.FullName.StartsWith($"Ladok.Modules.{module}.Contracts", StringComparison.Ordinal)))
            .Select(module =>
            Types().That().ResideInNamespaceMatching($@"{Modules}{module}\.Contracts(\..*)?$")
                .Should().OnlyDependOnTypesThat().ResideInNamespaceMatching($@"^(System(\..*)?|{ContractsKernel}|Ladok\.Modules\.{module}\.Contracts(\..*)?)?$")
                .Because("Contracts are the stable face of a module: BCL types, integration events and periods only")));

    /// <summary>
    /// Rule 1: Contracts use no type of the Kernel's own assembly, not even one in a namespace the contracts kernel shares
    /// (<c>Ladok.Kernel.Events</c> holds the outbox too).
    /// </summary>
    public static IArchRule ContractsUseNothingOfTheKernelAssembly() =>
        Types().That().ResideInNamespaceMatching($@"{Modules}\w+\.Contracts(\..*)?$")
            .Should().NotDependOnAnyTypesThat().ResideInAssembly(KernelAssembly)
            .Because("a Contracts project references Ladok.Kernel.Contracts, not the Kernel's EF Core, GraphQL, Npgsql and Autofac");

    /// <summary>
    /// The contracts kernel, every <c>Ladok.Kernel</c> type outside the Kernel's own assembly, uses no infrastructure: it is
    /// what every Contracts project and plugin sees.
    /// </summary>
    public static IArchRule ContractsKernelIsFreeOfInfrastructure() =>
        Types().That().ResideInNamespaceMatching(@"^Ladok\.Kernel(\..*)?$").And().DoNotResideInAssembly(KernelAssembly)
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^(Microsoft\.EntityFrameworkCore|GraphQL|Npgsql|Autofac)(\..*)?$")
            .Because("Ladok.Kernel.Contracts holds plain values and markers, so Contracts and plugins carry no infrastructure");

    /// <summary>Domain types carry rules only: no EF Core, GraphQL, HTTP or database driver.</summary>
    public static IArchRule DomainIsFreeOfInfrastructure() =>
        Types().That().ResideInNamespaceMatching($@"{Modules}\w+\.Domain(\..*)?$")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^(Microsoft\.EntityFrameworkCore|GraphQL|Microsoft\.AspNetCore|Npgsql)(\..*)?$")
            .Because("domain rules must be testable without a database or a schema");

    /// <summary>Rule 5: plugins reference only the SDK and Contracts (and the contracts kernel's events and periods Contracts expose).</summary>
    public static IArchRule PluginsUseOnlyTheSdkAndContracts() =>
        Types().That().ResideInNamespaceMatching(@"^Ladok\.Plugins\.(?!Sdk(\.|$)).*$")
            .Should().OnlyDependOnTypesThat()
                .ResideInNamespaceMatching($@"^(System(\..*)?|Ladok\.Plugins(\..*)?|Ladok\.Modules\.\w+\.Contracts(\..*)?|{ContractsKernel})?$")
            .Because("a plugin is built against the versioned SDK and Contracts, not the modules' internals");

    /// <summary>The building blocks know no module, plugin or host.</summary>
    public static IArchRule BuildingBlocksKnowNoModule() =>
        Types().That().ResideInNamespaceMatching(@"^Ladok\.(Kernel|Plugins\.Sdk|LocalPostgres)(\..*)?$")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Ladok\.(Modules|Host|Plugins\.(?!Sdk(\.|$)))(\..*)?$")
            .Because("modules build on the Kernel and SDK, never the other way round");

    /// <summary>
    /// A module's handlers are named <c>…Handler</c> and live in its <c>Application</c> namespace (docs/architecture.md, "A module's inside").
    /// </summary>
    public static IArchRule HandlersLiveInApplication() =>
        Classes().That().ResideInNamespaceMatching($@"{Modules}\w+(\..*)?$").And().HaveNameEndingWith("Handler")
            .Should().ResideInNamespaceMatching($@"{Modules}\w+\.Application(\..*)?$")
            .Because("a reader looks for a use case in Application/<Verb><Noun>Handler.cs");

    /// <summary>A module's EF Core configurations live in <c>Data.Configurations</c>, one per entity.</summary>
    public static IArchRule EntityConfigurationsLiveInDataConfigurations() =>
        Classes().That().ResideInNamespaceMatching($@"{Modules}\w+(\..*)?$")
            .And().ImplementInterface(typeof(IEntityTypeConfiguration<>))
            .Should().ResideInNamespaceMatching($@"{Modules}\w+\.Data\.Configurations$")
            .Because("a reader looks for an entity's table mapping in Data/Configurations/<Entity>Configuration.cs");

    /// <summary>An audited module uses the Kernel's audit trail: one audit model in the product.</summary>
    public static IArchRule NoModuleDefinesItsOwnAuditEntry() =>
        Types().That().ResideInNamespaceMatching($@"{Modules}.*$").Should().NotHaveName("AuditEntry")
            .Because("audited writes go to the Kernel's audit trail (AuditedDbContext), which auditTrail reads");

    /// <summary>Rule 1: no cycles between modules.</summary>
    public static IArchRule NoCyclesBetweenModules() =>
        ArchUnitNET.Fluent.Slices.SliceRuleDefinition.Slices().Matching("Ladok.Modules.(*)..").Should().BeFreeOfCycles();

    public static IReadOnlyList<string> ModuleNames(ArchUnitNET.Domain.Architecture architecture) =>
        architecture.Namespaces
            .Select(n => Regex.Match(n.FullName, $@"{Modules}(\w+)"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IArchRule All(IEnumerable<IArchRule> rules) => rules.Aggregate((combined, rule) => combined.And(rule));
}
