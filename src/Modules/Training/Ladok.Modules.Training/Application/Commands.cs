namespace Ladok.Modules.Training.Application;

public sealed record ScheduleTrainingSessionCommand(string TrainingCode, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Location, int Capacity);

/// <summary>The caller enrols themself: <paramref name="UserId"/> is the signed-in user's id.</summary>
public sealed record EnrolInTrainingCommand(Guid SessionId, string UserId);

/// <summary>The caller gives back their own seat: <paramref name="UserId"/> is the signed-in user's id.</summary>
public sealed record CancelTrainingSeatCommand(Guid SessionId, string UserId);

/// <summary><paramref name="RecordedBy"/> is the signed-in administrator's user id.</summary>
public sealed record RecordTrainingCompletionCommand(string TrainingCode, string UserId, DateOnly CompletedOn, string RecordedBy);
