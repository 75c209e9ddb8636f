using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Självregistrering: a student admitted to an offering registers themself within its registration window, as a first-time
/// registration (FFG) or, on an offering over several terms, as the continuation (FO) for its next term (Ladok guide). What
/// is stored is the same registration a study administrator makes, by the same rules (<see cref="Student.Register"/>).
/// </summary>
public static class SelfRegistration
{
    /// <summary>
    /// The days the student may register themself for <paramref name="term"/> of the offering: its window for its start term,
    /// and for a later term the same days counted from that term's teaching start instead of the offering's start, closing
    /// no later than the offering ends. Null when the offering has no window.
    /// </summary>
    public static (DateOnly Opens, DateOnly Closes)? WindowFor(OfferingInfo offering, Term term)
    {
        if (offering.RegistrationOpens is not { } opens || offering.RegistrationCloses is not { } closes) return null;
        if (term == offering.Term) return (opens, closes);

        var shift = term.TeachingStart.DayNumber - offering.StartDate.DayNumber;
        var later = (Opens: opens.AddDays(shift), Closes: closes.AddDays(shift));
        return (later.Opens, later.Closes > offering.EndDate ? offering.EndDate : later.Closes);
    }

    /// <summary>
    /// What the student registers as, given their registrations on the offering (withdrawn ones never started it): FFG for
    /// the start term when they have none; FO for the next term when the offering runs into it and that term's window has
    /// opened; otherwise ALREADY_REGISTERED, naming the term they are registered for.
    /// </summary>
    public static Outcome<(RegistrationKind Kind, Term Term)> KindFor(OfferingInfo offering, IReadOnlyList<Registration> onOffering, DateOnly today)
    {
        var started = onOffering.Where(r => r.WithdrawnOn is null).Select(r => Term.Parse(r.Term)).ToList();
        if (started.Count == 0) return Outcome<(RegistrationKind, Term)>.Success((RegistrationKind.FirstTime, offering.Term));

        var latest = started.Max();
        var next = latest.Next;
        var nextWindow = WindowFor(offering, next);
        if (next > StudyWeeks.LastTerm(offering.Term, offering.EndDate) || nextWindow is not { } window || today < window.Opens)
        {
            return DomainError.Of(RecordsReasons.AlreadyRegistered, nameof(Registration.OfferingId), offering.CourseCode, latest, offering.OfferingCode);
        }
        return Outcome<(RegistrationKind, Term)>.Success((RegistrationKind.Continuation, next));
    }

    /// <summary>WINDOW_CLOSED unless <paramref name="today"/> is within the term's window.</summary>
    public static DomainError? Window(OfferingInfo offering, Term term, DateOnly today) =>
        WindowFor(offering, term) is { } window && window.Opens <= today && today <= window.Closes
            ? null
            : DomainError.Of(RecordsReasons.WindowClosed, nameof(Registration.OfferingId), offering.CourseCode);

    /// <summary>
    /// The last day a student may withdraw themself (återbud) from the offering: the university's period after its start
    /// (three weeks unless its plugin says otherwise). Before the start the registration is removed; after it, until this
    /// day, the student leaves with a dropout dated today, early when within three weeks and nothing passed.
    /// </summary>
    public static DateOnly LastWithdrawalDay(OfferingInfo offering, TimeSpan afterStart) => offering.StartDate.AddDays((int)afterStart.TotalDays);
}
