using Ladok.Kernel.Errors;

namespace Ladok.Modules.Training.Domain;

/// <summary>Utbildningstillfälle: one scheduled session of a training, with a place and a number of seats.</summary>
public sealed class TrainingSession
{
    private TrainingSession()
    {
    }

    private TrainingSession(Guid trainingId, DateTimeOffset startsAt, DateTimeOffset endsAt, string location, int capacity)
    {
        Id = Guid.CreateVersion7();
        TrainingId = trainingId;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Location = location;
        Capacity = capacity;
    }

    public Guid Id { get; private set; }

    public Guid TrainingId { get; private set; }

    /// <summary>In UTC (PostgreSQL timestamptz stores no offset); clients show it in their own zone.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>A room, or "Online" or a link for an online session.</summary>
    public string Location { get; private set; } = "";

    /// <summary>Seats; more than 0.</summary>
    public int Capacity { get; private set; }

    /// <summary>Who has a seat. Load it before <see cref="Enrol"/>, under a lock on this session's row.</summary>
    public List<Enrolment> Enrolments { get; private set; } = [];

    /// <summary>Concurrency token (PostgreSQL xmin): a write with a stale value is refused.</summary>
    public uint RowVersion { get; private set; }

    internal static Outcome<TrainingSession> Create(Guid trainingId, DateTimeOffset startsAt, DateTimeOffset endsAt, string location, int capacity)
    {
        var trimmed = location.Trim();
        var errors = new[]
        {
            TrainingRules.Text(trimmed, TrainingReasons.Location, Field.Of(nameof(location))),
            capacity > 0 ? null
                : DomainError.Of(TrainingReasons.NoSeats, nameof(capacity), capacity),
            endsAt > startsAt ? null
                : DomainError.Of(TrainingReasons.SessionEndsBeforeStart, nameof(endsAt), endsAt, startsAt),
        }.OfType<DomainError>().ToList();
        return errors.Count > 0
            ? Outcome<TrainingSession>.Failure(errors)
            : Outcome<TrainingSession>.Success(new TrainingSession(trainingId, startsAt, endsAt, trimmed, capacity));
    }

    /// <summary>
    /// Gives <paramref name="userId"/> a seat: only before the session starts, once per person,
    /// and while seats are left. <see cref="Enrolments"/> must hold every enrolment of the session.
    /// </summary>
    public Outcome<Enrolment> Enrol(string userId, TimeProvider clock)
    {
        if (TrainingRules.UserId(userId, Field.Of(nameof(userId))) is { } invalid) return invalid;

        if (Enrolments.Any(e => e.UserId == userId))
        {
            return DomainError.Of(TrainingReasons.AlreadyEnrolled, nameof(Enrolment.SessionId));
        }

        var now = clock.GetUtcNow();
        if (now >= StartsAt)
        {
            return DomainError.Of(TrainingReasons.SessionStarted, nameof(Enrolment.SessionId), StartsAt);
        }

        if (Enrolments.Count >= Capacity)
        {
            return DomainError.Of(TrainingReasons.SessionFull, nameof(Enrolment.SessionId), Capacity);
        }

        var enrolment = new Enrolment(Id, userId, now);
        Enrolments.Add(enrolment);
        return Outcome<Enrolment>.Success(enrolment);
    }

    /// <summary>
    /// Gives back <paramref name="userId"/>'s seat, before the session starts (afterwards it is part of who was there): the
    /// enrolment given back, for the store to delete. <see cref="Enrolments"/> must hold every enrolment of the session.
    /// </summary>
    public Outcome<Enrolment> CancelSeat(string userId, TimeProvider clock)
    {
        var seat = Enrolments.SingleOrDefault(e => e.UserId == userId);
        if (seat is null) return DomainError.Of(TrainingReasons.NoSeat, nameof(Enrolment.SessionId));
        if (clock.GetUtcNow() >= StartsAt) return DomainError.Of(TrainingReasons.SeatAfterStart, nameof(Enrolment.SessionId), StartsAt);

        Enrolments.Remove(seat);
        return Outcome<Enrolment>.Success(seat);
    }
}

/// <summary>Anmälan: a member of staff's seat at a training session.</summary>
public sealed class Enrolment
{
    private Enrolment()
    {
    }

    internal Enrolment(Guid sessionId, string userId, DateTimeOffset enrolledAt)
    {
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        UserId = userId;
        EnrolledAt = enrolledAt;
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>The university identity, such as the Umu-id.</summary>
    public string UserId { get; private set; } = "";

    public DateTimeOffset EnrolledAt { get; private set; }
}
