using Ladok.Kernel.Events;
using Ladok.Modules.Notifications.Domain;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Notifications.Application;

/// <summary>A seat at an exam sitting: when and where. The anonymous code is not in the event, so it is in no notification or mail.</summary>
public sealed class ExamSignUpConfirmedHandler(NotificationWriter writer) : IIntegrationEventHandler<ExamSignUpConfirmed>
{
    public async Task HandleAsync(ExamSignUpConfirmed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        var course = await writer.CourseAsync(integrationEvent.CourseId, cancellationToken);
        await writer.WriteAsync(
            Notification.ExamSignUpConfirmed(
                context.MessageId, integrationEvent.StudentId, integrationEvent.SignedUpAt, course, integrationEvent.ModuleCode,
                integrationEvent.ExamSittingId, integrationEvent.StartsAt, integrationEvent.EndsAt, integrationEvent.Place, integrationEvent.RegistrationId),
            cancellationToken);
    }
}
