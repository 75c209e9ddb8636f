using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Http;
using Ladok.Kernel.Modules;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.GraphQL;
using Ladok.Modules.Reporting.Http;

namespace Ladok.Modules.Reporting;

/// <summary>
/// Uppföljning: HST and HPR from a read model that only the Records module's integration events
/// fill, with organisation units from the Catalogue's facade; and transcripts (resultatintyg)
/// issued from the Records facade, verifiable by their code.
/// </summary>
public sealed class ReportingModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<ReportingDbContext>(ReportingDbContext.Schema);
        // HST/HPR and the authority reports read the read model from the replica when there is one; the event handlers that fill it never do.
        builder.RegisterReadReplica<ReportingDbContext>(ReportingDbContext.Schema);

        // Subscriber names are stored with each delivery: never rename them. They and the rebuild make facts with Facts.
        builder.RegisterIntegrationEventHandler<RegistrationRecordedHandler>("reporting.registrations");
        builder.RegisterIntegrationEventHandler<DropoutRecordedHandler>("reporting.dropouts");
        builder.RegisterIntegrationEventHandler<RegistrationWithdrawnHandler>("reporting.withdrawals");
        builder.RegisterIntegrationEventHandler<ResultAttestedHandler>("reporting.results-attested");
        builder.RegisterIntegrationEventHandler<ResultRemovedHandler>("reporting.results-removed");
        builder.RegisterIntegrationEventHandler<FeePayingRecordedHandler>("reporting.fee-paying");
        builder.RegisterIntegrationEventHandler<CourseFundingChangedHandler>("reporting.course-funding");

        builder.RegisterType<ReadModelRebuild>().AsSelf().SingleInstance();
        builder.RegisterType<RebuildCommand>().As<IModuleCommand>().SingleInstance();
        builder.RegisterType<ReportingDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();
        builder.RegisterType<FullTimeEquivalentsReader>().AsSelf().SingleInstance();
        builder.RegisterType<AuthorityReports>().AsSelf().SingleInstance();
        // The plugins' inactivity rule and reports come from the host, which registers them as PluginExtensions<T>.
        builder.RegisterType<InactiveStudents>().AsSelf().SingleInstance();
        builder.RegisterType<ReportCatalog>().AsSelf().SingleInstance();
        builder.RegisterType<ReportCsvEndpoint>().As<IModuleEndpoint>().SingleInstance();
        builder.RegisterType<ReportingQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterCommandHandler<CloseReportingYearHandler>();
        builder.RegisterType<ClosedYearContributor>().As<ISchemaContributor>().SingleInstance();

        builder.RegisterCommandHandler<IssueTranscriptHandler>();
        builder.RegisterType<TranscriptVerifier>().AsSelf().SingleInstance();
        builder.RegisterType<TranscriptPdfEndpoint>().As<IModuleEndpoint>().SingleInstance();
        builder.RegisterType<TranscriptContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<TranscriptsExtension>().As<INodeTypeExtension>().SingleInstance();
        builder.RegisterType<MyTranscriptsExtension>().As<INodeTypeExtension>().SingleInstance();
    }
}
