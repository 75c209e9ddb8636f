namespace Ladok.Modules.Training.Domain;

/// <summary>
/// Genomförd utbildning: a member of staff completed a training on a date, as an administrator
/// recorded it. It counts until <see cref="ExpiresOn"/>, or for ever when that is null.
/// </summary>
public sealed class TrainingCompletion
{
    private TrainingCompletion()
    {
    }

    internal TrainingCompletion(Guid trainingId, string userId, DateOnly completedOn, DateOnly? expiresOn, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        TrainingId = trainingId;
        UserId = userId;
        CompletedOn = completedOn;
        ExpiresOn = expiresOn;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid TrainingId { get; private set; }

    /// <summary>The university identity, such as the Umu-id.</summary>
    public string UserId { get; private set; } = "";

    public DateOnly CompletedOn { get; private set; }

    /// <summary>
    /// The first day it no longer counts: the completion date plus the training's validity when
    /// recorded. Stored, so a later change of the training's validity does not rewrite history.
    /// </summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>Who recorded it (an administrator's user id, or "seed" for demo data).</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether it counts on <paramref name="day"/>: completed by then and not yet expired.</summary>
    public bool IsValidOn(DateOnly day) => CompletedOn <= day && (ExpiresOn is null || day < ExpiresOn);
}
