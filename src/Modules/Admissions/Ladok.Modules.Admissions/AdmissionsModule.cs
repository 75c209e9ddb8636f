using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Modules;
using Ladok.Modules.Admissions.Application;
using Ladok.Modules.Admissions.Contracts;
using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.GraphQL;
using Ladok.Modules.Admissions.Seeding;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Admissions;

/// <summary>Antagning: who may register on which offering, recorded by study administrators or imported from the national admission system.</summary>
public sealed class AdmissionsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<AdmissionsDbContext>(AdmissionsDbContext.Schema);

        builder.RegisterType<AdmissionsReader>().AsSelf().As<IAdmissionQueries>().SingleInstance();
        // Records asks this when a student registers themself; it knows no Admissions type.
        builder.RegisterType<AdmissionStandings>().As<IAdmissionStandings>().SingleInstance();
        builder.RegisterCommandHandler<AdmitStudentHandler>();
        builder.RegisterType<AdmissionImport>().AsSelf().SingleInstance();
        builder.RegisterType<ImportAdmissionsCommand>().AsSelf().As<IModuleCommand>().SingleInstance();
        builder.RegisterType<AdmissionsDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();

        builder.RegisterType<AdmissionsMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterInstance(AdmissionsExtension.OfOffering).As<INodeTypeExtension>();
        builder.RegisterInstance(AdmissionsExtension.OfStudent).As<INodeTypeExtension>();
        builder.RegisterType<MyAdmissionsExtension>().As<INodeTypeExtension>().SingleInstance();
    }
}
