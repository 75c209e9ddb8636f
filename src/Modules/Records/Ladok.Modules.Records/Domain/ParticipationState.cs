namespace Ladok.Modules.Records.Domain;

/// <summary>Deltagandestatus: where a student stands on an offering they registered on. Computed, never stored.</summary>
public enum ParticipationState
{
    /// <summary>Ej påbörjad: registered, the offering has not started.</summary>
    NotStarted,

    /// <summary>Pågående: the offering runs.</summary>
    Ongoing,

    /// <summary>Registrerad: the offering has ended and the course is not completed.</summary>
    Registered,

    /// <summary>Avklarad: a passing course grade is in force.</summary>
    Completed,

    /// <summary>Avbrott: the student dropped out.</summary>
    Dropout,

    /// <summary>The registration was removed before the offering started (återbud, if recorded before ADR 0018); it counts for nothing.</summary>
    Withdrawn,

    /// <summary>Uppehåll: a study break covers today; the student keeps the place.</summary>
    OnBreak,
}

/// <summary>A study break's dates, as the participation rule needs them.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly day) => From <= day && day <= To;

    public bool Overlaps(DateSpan other) => From <= other.To && other.From <= To;
}

/// <summary>The participation rule, one pure function so the graph, the filter and the tests agree.</summary>
public static class Participation
{
    /// <summary>
    /// The order decides: a withdrawal, then a passing course grade, then a dropout, then a break
    /// covering today; otherwise where today falls against the offering's dates. The SQL filter of
    /// <c>participants(state:, filter:)</c> and its sort on the state follow the same order (RecordsReader.ParticipantsAsync).
    /// </summary>
    public static ParticipationState StateOf(
        DateOnly today, DateOnly offeringStart, DateOnly offeringEnd, bool withdrawn, bool completed, bool droppedOut, IEnumerable<DateSpan> breaks)
    {
        if (withdrawn) return ParticipationState.Withdrawn;
        if (completed) return ParticipationState.Completed;
        if (droppedOut) return ParticipationState.Dropout;
        if (breaks.Any(b => b.Covers(today))) return ParticipationState.OnBreak;
        if (today < offeringStart) return ParticipationState.NotStarted;
        return today <= offeringEnd ? ParticipationState.Ongoing : ParticipationState.Registered;
    }

    /// <summary>The date-only part of the rule, for registrations with no withdrawal, completion, dropout or break today.</summary>
    public static ParticipationState ByDates(DateOnly today, DateOnly offeringStart, DateOnly offeringEnd) =>
        StateOf(today, offeringStart, offeringEnd, false, false, false, []);

    /// <summary>
    /// Tidigt avbrott: within 21 days of the offering's start (the 21st day included), no result
    /// reported with an examination date on or before the dropout (no exam taken), and no passing
    /// result in force. It counts as never started and gives no HST.
    /// </summary>
    public static bool IsEarlyDropout(DateOnly dropoutDate, DateOnly offeringStart, IEnumerable<Result> resultsOfRegistration)
    {
        var results = resultsOfRegistration.ToList();
        return dropoutDate.DayNumber - offeringStart.DayNumber <= EarlyDropoutDays
            && !results.Any(r => r.ExaminationDate <= dropoutDate)
            && !results.Any(r => r.IsInForce && r.IsPassing);
    }

    public const int EarlyDropoutDays = 21;
}
