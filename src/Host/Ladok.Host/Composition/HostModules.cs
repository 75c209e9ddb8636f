using Ladok.Modules.Admissions;
using Ladok.Modules.Admissions.Contracts;
using Ladok.Modules.Catalogue;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Notifications;
using Ladok.Modules.Permissions;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting;
using Ladok.Modules.Training;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Host.Composition;

/// <summary>The modules this host runs, listed explicitly, and the contract types plugins share with them.</summary>
internal static class HostModules
{
    public static IReadOnlyList<Autofac.Module> All { get; } =
    [
        new CatalogueModule(),
        new PermissionsModule(),
        new TrainingModule(),
        new RecordsModule(),
        new ReportingModule(),
        new AdmissionsModule(),
        new NotificationsModule(),
    ];

    /// <summary>One type from each assembly that plugins compile against; the plugin loader shares these with the host.</summary>
    public static IReadOnlyList<Type> SharedWithPlugins { get; } =
    [
        typeof(ILadokPlugin),
        typeof(Kernel.Periods.Term),
        typeof(ICatalogueQueries),
        typeof(IPermissionQueries),
        typeof(ITrainingQueries),
        typeof(IRecordsQueries),
        typeof(IAdmissionQueries),
    ];
}
