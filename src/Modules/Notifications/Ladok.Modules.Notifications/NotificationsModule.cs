using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Notifications.Application;
using Ladok.Modules.Notifications.Data;
using Ladok.Modules.Notifications.GraphQL;
using Microsoft.Extensions.Hosting;

namespace Ladok.Modules.Notifications;

/// <summary>
/// Aviseringar: what happens in a student's studies (a registration, an exam sign-up, an attested result), told to the student in
/// <c>me.notifications</c> from Records' integration events, and by e-mail through a mail outbox where the university sends mail.
/// </summary>
public sealed class NotificationsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<NotificationsDbContext>(NotificationsDbContext.Schema);

        // Subscriber names are stored with each delivery: never rename them.
        builder.RegisterIntegrationEventHandler<RegistrationRecordedHandler>("notifications.registrations");
        builder.RegisterIntegrationEventHandler<ExamSignUpConfirmedHandler>("notifications.exam-sign-ups");
        builder.RegisterIntegrationEventHandler<ResultAttestedHandler>("notifications.results-attested");
        builder.RegisterType<NotificationWriter>().AsSelf().SingleInstance();

        // No mail unless the host configures it (Notifications:Smtp:Host, Notifications:PickupDirectory, or Development).
        builder.RegisterInstance(new NotificationMailOptions());
        builder.Register<IMailTransport>(c => c.Resolve<NotificationMailOptions>() is { PickupDirectory: { } directory }
                ? new PickupDirectoryMailTransport(directory)
                : new SmtpMailTransport(c.Resolve<NotificationMailOptions>()))
            .SingleInstance();
        builder.RegisterType<MailSender>().AsSelf().SingleInstance();
        builder.RegisterType<MailSenderService>().As<IHostedService>().SingleInstance();

        builder.RegisterType<NotificationsReader>().AsSelf().SingleInstance();
        builder.RegisterCommandHandler<MarkNotificationsReadHandler>();
        builder.RegisterType<NotificationsMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<MeNotificationsExtension>().As<INodeTypeExtension>().SingleInstance();
    }
}
