using Ladok.Kernel.Events;
using Ladok.Modules.Notifications.Domain;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Notifications.Application;

/// <summary>An attested result (a credit transfer too): the grade now stands and the student sees it in Mina studier.</summary>
public sealed class ResultAttestedHandler(NotificationWriter writer) : IIntegrationEventHandler<ResultAttested>
{
    public async Task HandleAsync(ResultAttested integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        var course = await writer.CourseAsync(integrationEvent.CourseId, cancellationToken);
        await writer.WriteAsync(
            Notification.ResultAttested(
                context.MessageId, integrationEvent.StudentId, integrationEvent.DecidedAt, course, integrationEvent.ModuleCode, integrationEvent.Grade,
                integrationEvent.IsPassing, integrationEvent.ResultId, integrationEvent.RegistrationId),
            cancellationToken);
    }
}
