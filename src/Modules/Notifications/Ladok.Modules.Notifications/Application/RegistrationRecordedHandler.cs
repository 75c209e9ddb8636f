using Ladok.Kernel.Events;
using Ladok.Modules.Notifications.Domain;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Notifications.Application;

/// <summary>A registration, the student's own or a study administrator's: the student is told it is confirmed.</summary>
public sealed class RegistrationRecordedHandler(NotificationWriter writer) : IIntegrationEventHandler<RegistrationRecorded>
{
    public async Task HandleAsync(RegistrationRecorded integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        var course = await writer.CourseAsync(integrationEvent.CourseId, cancellationToken);
        await writer.WriteAsync(
            Notification.RegistrationConfirmed(
                context.MessageId, integrationEvent.StudentId, integrationEvent.RegisteredAt, course, integrationEvent.Term, integrationEvent.OfferingId,
                integrationEvent.RegistrationId),
            cancellationToken);
    }
}
