using System.Reflection;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Ladok.Modules.Catalogue;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Training;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace Ladok.Architecture.Tests;

/// <summary>
/// Every house rule holds for the product, and fails once the fixture types that break it are
/// loaded beside it: a rule that cannot fail would pass there too.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly[] Product =
    [
        typeof(Program).Assembly,
        typeof(Kernel.KernelModule).Assembly,
        typeof(Kernel.Periods.Term).Assembly,
        typeof(ILadokPlugin).Assembly,
        typeof(LocalPostgres.LocalPostgresCluster).Assembly,
        typeof(CatalogueModule).Assembly,
        typeof(ICatalogueQueries).Assembly,
        typeof(Ladok.Modules.Permissions.PermissionsModule).Assembly,
        typeof(Ladok.Modules.Permissions.Contracts.IPermissionQueries).Assembly,
        typeof(TrainingModule).Assembly,
        typeof(ITrainingQueries).Assembly,
        typeof(RecordsModule).Assembly,
        typeof(IRecordsQueries).Assembly,
        typeof(Ladok.Modules.Reporting.ReportingModule).Assembly,
        typeof(Ladok.Modules.Reporting.Contracts.ReportingPolicies).Assembly,
        typeof(Ladok.Modules.Admissions.AdmissionsModule).Assembly,
        typeof(Ladok.Modules.Admissions.Contracts.IAdmissionQueries).Assembly,
        typeof(Ladok.Modules.Notifications.NotificationsModule).Assembly,
        // The plugins as deployed: their built DLLs, not project references.
        Assembly.LoadFrom(Path.Combine(RepositoryPaths.Plugins, "Umu", "Ladok.Plugins.Umu.dll")),
        Assembly.LoadFrom(Path.Combine(RepositoryPaths.Plugins, "Kth", "Ladok.Plugins.Kth.dll")),
    ];

    private static readonly ArchitectureModel ProductArchitecture = new ArchLoader().LoadAssemblies(Product).Build();

    private static readonly ArchitectureModel WithRuleBreakers =
        new ArchLoader().LoadAssemblies([.. Product, typeof(Ladok.Modules.Ping.Ping).Assembly]).Build();

    public static TheoryData<string> Rules => new(RuleFor.Keys);

    private static readonly Dictionary<string, (Func<ArchitectureModel, IArchRule> Rule, string Breaker)> RuleFor = new()
    {
        ["modules use only other modules' Contracts"] = (HouseRules.ModulesUseOnlyOtherModulesContracts, "ReadsCatalogueTables"),
        ["Contracts use only the contracts kernel"] = (HouseRules.ContractsUseOnlyTheContractsKernel, "ContractLeaningOnCatalogue"),
        ["Contracts use nothing of the Kernel's assembly"] = (_ => HouseRules.ContractsUseNothingOfTheKernelAssembly(), "ContractLeaningOnTheKernel"),
        ["the contracts kernel is free of infrastructure"] = (_ => HouseRules.ContractsKernelIsFreeOfInfrastructure(), "TermStoredByEfCore"),
        ["domain is free of infrastructure"] = (_ => HouseRules.DomainIsFreeOfInfrastructure(), "PersistenceAwareEntity"),
        ["plugins use only the SDK and Contracts"] = (_ => HouseRules.PluginsUseOnlyTheSdkAndContracts(), "PluginUsingModuleInternals"),
        ["building blocks know no module"] = (_ => HouseRules.BuildingBlocksKnowNoModule(), "KernelKnowingAModule"),
        ["no cycles between modules"] = (_ => HouseRules.NoCyclesBetweenModules(), "Ping"),
        ["domain and application name no GraphQL input paths"] = (InputLiterals.NoInputPathsOutsideGraphQL, "InputPathInApplication"),
        ["handlers live in Application"] = (_ => HouseRules.HandlersLiveInApplication(), "MisplacedHandler"),
        ["EF configurations live in Data.Configurations"] = (_ => HouseRules.EntityConfigurationsLiveInDataConfigurations(), "StrayConfiguration"),
        ["no module defines its own AuditEntry"] = (_ => HouseRules.NoModuleDefinesItsOwnAuditEntry(), "Rogue.Domain.AuditEntry"),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_product_keeps_the_rule(string rule)
    {
        RuleFor[rule].Rule(ProductArchitecture).Check(ProductArchitecture);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_rule_fails_on_the_type_that_breaks_it(string rule)
    {
        var (build, breaker) = RuleFor[rule];

        var failures = build(WithRuleBreakers).Evaluate(WithRuleBreakers).Where(result => !result.Passed).ToList();

        Assert.NotEmpty(failures);
        Assert.Contains(failures, failure => failure.Description.Contains(breaker, StringComparison.Ordinal)
            || failure.EvaluatedObject?.ToString()?.Contains(breaker, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_rules_see_every_module_and_the_plugins()
    {
        Assert.Equal(
            ["Admissions", "Catalogue", "Notifications", "Permissions", "Records", "Reporting", "Training"], HouseRules.ModuleNames(ProductArchitecture));
        Assert.Contains(ProductArchitecture.Namespaces, n => n.FullName == "Ladok.Plugins.Umu");
        Assert.Contains(ProductArchitecture.Namespaces, n => n.FullName == "Ladok.Plugins.Kth");
    }
}
