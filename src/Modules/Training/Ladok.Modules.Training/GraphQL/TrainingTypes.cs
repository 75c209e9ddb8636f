using System.Globalization;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Training.Domain;

namespace Ladok.Modules.Training.GraphQL;

public sealed class TrainingType : NodeGraphType<Domain.Training>
{
    public TrainingType() : base("Training", t => t.Id)
    {
        Description = "Utbildning för behörighet: staff training for a permission profile, with its sessions.";
        Field(t => t.Code).Description("Stable code, such as INTRO-STADM.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name, as registered.").Resolve(c => c.Source.NameSv);
        Field(t => t.NameSv).Description("The Swedish name.");
        Field(t => t.NameEn).Description("The English name.");
        Field(t => t.ProfileCode, nullable: true)
            .Description("The permission profile it prepares for, such as STUDY_ADMINISTRATOR; null for general training.")
            .DeprecationReason("Use profile.");
        Field("profile", Links.Of("PermissionProfile", nullable: true)).Description("The permission profile it prepares for; null for general training.")
            .Resolve(c => c.Source.ProfileCode is { } code ? Links.Load(c, "PermissionProfile", code) : null);
        Field(t => t.ValidForMonths, nullable: true).Description("How long a completion counts, in months; null when it never expires.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionType>>>>("sessions").Description("Earliest first, past ones included.")
            .Resolve(c => Loaders.SessionsOfTraining(c, c.Source.Id).Then(sessions => (IEnumerable<TrainingSession>?)sessions ?? []));
    }
}

public sealed class TrainingSessionType : NodeGraphType<TrainingSession>
{
    public TrainingSessionType() : base("TrainingSession", s => s.Id)
    {
        Description = "Utbildningstillfälle: a scheduled session of a training, with a place and a number of seats.";
        Field(s => s.StartsAt).Description("In UTC.");
        Field(s => s.EndsAt).Description("In UTC.");
        Field(s => s.Location).Description("A room, or Online.");
        Field(s => s.Capacity).Description("Seats.");
        Field<NonNullGraphType<IntGraphType>>("enrolledCount").Description("Seats taken.")
            .Resolve(c => Loaders.EnrolledCount(c, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("seatsLeft").Description("Seats not taken; never below 0.")
            .Resolve(c =>
            {
                // Read now: the resolve context is not ours to keep once the resolver returns.
                var capacity = c.Source.Capacity;
                return Loaders.EnrolledCount(c, c.Source.Id).Then(taken => Math.Max(0, capacity - taken));
            });
        Field<NonNullGraphType<BooleanGraphType>>("isEnrolled").Description("Whether you have a seat.")
            .Resolve(c => Loaders.IsCallerEnrolled(c, c.Source.Id));
        Field<NonNullGraphType<TrainingType>>("training").Description("The training the session gives.").Resolve(c => Loaders.Training(c, c.Source.TrainingId));
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: changes when the session itself changes.")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class TrainingCompletionType : ObjectGraphType<TrainingCompletion>
{
    public TrainingCompletionType()
    {
        Name = "TrainingCompletion";
        Description = "Genomförd utbildning: a completed training, as an administrator recorded it.";
        Field<NonNullGraphType<TrainingType>>("training").Description("The training completed.").Resolve(c => Loaders.Training(c, c.Source.TrainingId));
        Field(t => t.UserId).Description("Who completed it: the university identity, such as the Umu-id.").DeprecationReason("Use user.");
        Field("user", Links.Of("User")).Description("Who completed it.").Resolve(c => Links.Load(c, "User", c.Source.UserId));
        Field(t => t.CompletedOn).Description("The day the training was completed (ISO 8601 date).");
        Field(t => t.ExpiresOn, nullable: true).Description("The first day it no longer counts; null when it never expires.");
        Field(t => t.RecordedBy).Description("Who recorded it.").DeprecationReason("Use recordedByUser.");
        Field("recordedByUser", Links.Of("User")).Description("Who recorded it.").Resolve(c => Links.Load(c, "User", c.Source.RecordedBy));
        Field(t => t.RecordedAt).Description("When the completion was recorded (ISO 8601).");
    }
}
