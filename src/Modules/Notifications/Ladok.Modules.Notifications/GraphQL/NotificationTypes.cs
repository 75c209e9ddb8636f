using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.GraphQL.Scalars;
using Ladok.Modules.Notifications.Application;
using Ladok.Modules.Notifications.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Notifications.GraphQL;

/// <summary>
/// Adds <c>notifications</c> and <c>unreadNotificationCount</c> to the Permissions module's <c>Viewer</c> (<c>me</c>): the signed-in
/// student's own, read from the student the host found at sign-in and never from an argument; nothing for staff.
/// </summary>
public sealed class MeNotificationsExtension : INodeTypeExtension
{
    public string TypeName => "Viewer";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.ConnectionField<NotificationType, Notification>("notifications")
            .Description("Aviseringar: what happened in your studies (registrations, exam sign-ups, attested results), newest first, when you "
                + "signed in as a student; empty for staff.")
            .Argument<BooleanGraphType>("unreadOnly", "Only those not yet marked read (false by default).")
            .ResolveAsync(async c => CallerIdentity.StudentIdOf(c.User) is { } studentId
                ? await c.RequestServices!.GetRequiredService<NotificationsReader>()
                    .NotificationsAsync(studentId, c.GetArgument("unreadOnly", false), PageRequest.From(c), c.CancellationToken)
                : Connection<Notification>.Empty);
        fields.Field<IntGraphType>("unreadNotificationCount")
            .Description("How many of your notifications are unread, for a badge; null for staff.")
            .ResolveAsync(async c => CallerIdentity.StudentIdOf(c.User) is { } studentId
                ? await c.RequestServices!.GetRequiredService<NotificationsReader>().UnreadCountAsync(studentId, c.CancellationToken)
                : null);
    }
}

/// <summary>Avisering: one thing that happened in the student's studies, its title and text in the caller's language.</summary>
public sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "Avisering: something that happened in your studies, told in your language (Accept-Language: English for en, Swedish "
            + "otherwise).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The notification's id, for `markNotificationsRead`.")
            .Resolve(c => GlobalId.Encode("Notification", c.Source.Id));
        Field<NonNullGraphType<NotificationKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Description("A short title, in your language.")
            .Resolve(c => NotificationTexts.Title(c.Source, CultureInfo.CurrentUICulture));
        Field<NonNullGraphType<StringGraphType>>("text").Description("What happened, in a sentence in your language.")
            .Resolve(c => NotificationTexts.Text(c.Source, CultureInfo.CurrentUICulture));
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When it happened in Ladok.").Resolve(c => c.Source.OccurredAt);
        Field<DateTimeType>("readAt").Description("When you marked it read; null while unread.").Resolve(c => c.Source.ReadAt);
        Field<NonNullGraphType<BooleanGraphType>>("read").Description("Whether you have marked it read.").Resolve(c => c.Source.IsRead);
        Field<NonNullGraphType<StringGraphType>>("courseCode").Description("The course's code, such as 5DV001.").Resolve(c => c.Source.CourseCode);
        Field<TermType>("term").Description("The term registered for; null for the other kinds.").Resolve(c => c.Source.Term);
        Field<StringGraphType>("moduleCode").Description("The module of an exam or a result; null for the whole course.").Resolve(c => c.Source.ModuleCode);
        Field<StringGraphType>("grade").Description("An attested result's grade, such as VG; null for the other kinds.").Resolve(c => c.Source.Grade);
        Field<DateTimeType>("startsAt").Description("When the exam starts; null for the other kinds.").Resolve(c => c.Source.StartsAt);
        Field<DateTimeType>("endsAt").Description("When the exam ends; null for the other kinds.").Resolve(c => c.Source.EndsAt);
        Field<StringGraphType>("place").Description("Where the exam is; null for the other kinds.").Resolve(c => c.Source.Place);
        Field<IdGraphType>("offeringId").Description("The `id` of the CourseOffering registered on, to open it; null for the other kinds.")
            .Resolve(c => Encode("CourseOffering", c.Source.OfferingId));
        Field<IdGraphType>("registrationId").Description("The `id` of your Registration it concerns, when there is one.")
            .Resolve(c => Encode("Registration", c.Source.RegistrationId));
        Field<IdGraphType>("resultId").Description("The `id` of the attested Result; null for the other kinds.")
            .Resolve(c => Encode("Result", c.Source.ResultId));
        Field<IdGraphType>("examSittingId").Description("The `id` of the ExamSitting signed up for, where your anonymous code is shown; null "
            + "for the other kinds.").Resolve(c => Encode("ExamSitting", c.Source.ExamSittingId));
    }

    private static string? Encode(string typeName, Guid? id) => id is { } value ? GlobalId.Encode(typeName, value) : null;
}

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindType()
    {
        Name = "NotificationKind";
        Description = "What a notification tells.";
        this.DescribeValues(new Dictionary<NotificationKind, string>
        {
            [NotificationKind.RegistrationConfirmed] = "You are registered on a course offering (by yourself or by a study administrator).",
            [NotificationKind.ExamSignUpConfirmed] = "You have a seat at an exam sitting: when and where.",
            [NotificationKind.ResultAttested] = "A result of yours was attested: its grade now stands.",
        });
    }
}
