using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Notifications.Application;

namespace Ladok.Modules.Notifications.GraphQL;

/// <summary>The student's own step on their notifications: marking them read.</summary>
public sealed class NotificationsMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.AddMutation(new MutationDeclaration<MarkNotificationsReadInput, MarkNotificationsReadCommand, MarkedNotifications>
        {
            Name = "markNotificationsRead",
            Description = "The signed-in student marks notifications read: those in `ids`, or with `all: true` every unread one. An id that "
                + "is not one of yours is NOTIFICATION_NOT_FOUND and nothing is marked; marking one read again keeps its first time, so "
                + "the call may be repeated. Staff get NOT_A_STUDENT.",
            Policy = Policies.SignedIn,
            InputType = typeof(MarkNotificationsReadInputType),
            Command = (input, call) => new MarkNotificationsReadCommand(
                call.StudentId,
                (input.Ids ?? []).Select((id, index) => call.Id(id, "Notification", Field.Of(nameof(MarkNotificationsReadCommand.Ids)).At(index))).ToList(),
                input.All ?? false,
                call.UserId),
            Payload =
            [
                new("notifications", typeof(ListGraphType<NonNullGraphType<NotificationType>>), "The notifications marked read; null when refused.",
                    (marked, _) => marked?.Notifications),
                new("unreadCount", typeof(IntGraphType), "How many of your notifications are still unread; null when refused.",
                    (marked, _) => marked?.UnreadCount),
            ],
        });
    }
}

public sealed class MarkNotificationsReadInput
{
    public IReadOnlyList<string>? Ids { get; init; }

    public bool? All { get; init; }
}

public sealed class MarkNotificationsReadInputType : InputObjectGraphType<MarkNotificationsReadInput>
{
    public MarkNotificationsReadInputType()
    {
        Name = "MarkNotificationsReadInput";
        Description = "What `markNotificationsRead` needs: the notifications, or all.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("The `id`s of the notifications to mark read.");
        Field<BooleanGraphType>("all").Description("Mark every unread notification of yours read (false by default).");
    }
}
