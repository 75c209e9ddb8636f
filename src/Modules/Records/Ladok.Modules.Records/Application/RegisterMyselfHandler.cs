using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Självregistrering: the student registers themself on an offering they are admitted to, within its window. Every obstacle
/// (hinder) is answered with its reason, all at once, and then the university's own; the registration stored is the one a
/// study administrator makes (<see cref="Student.Register"/>, announced alike), so HST, HPR and the reports count it alike.
/// </summary>
public sealed class RegisterMyselfHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, IAdmissionStandings admissions, RegistrationObstacleRules obstacleRules,
    RegistrationAnnouncements announcements, TimeProvider clock)
    : ICommandHandler<RegisterMyselfCommand, Registration>
{
    private static readonly Field OnOffering = Field.Of(nameof(RegisterMyselfCommand.OfferingId));

    public async Task<Outcome<Registration>> HandleAsync(RegisterMyselfCommand command, CancellationToken cancellationToken)
    {
        var offering = await catalogue.GetOfferingAsync(command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.Of(KernelReasons.OfferingNotFound, OnOffering);

        var db = unit.Db;
        var student = await db.Students.Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken);
        if (student is null) return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));

        var today = RecordsRules.Today(clock);
        var obstacles = new List<DomainError>();
        switch (await admissions.StandingAsync(student.Id, offering.Id, cancellationToken))
        {
            case AdmissionStanding.Admitted:
                break;
            case AdmissionStanding.ConditionallyAdmitted:
                obstacles.Add(DomainError.Of(RecordsReasons.AdmissionConditional, OnOffering, offering.CourseCode));
                break;
            default:
                obstacles.Add(DomainError.Of(RecordsReasons.NotAdmitted, OnOffering, offering.CourseCode, offering.Term.ToString()));
                break;
        }

        var kind = SelfRegistration.KindFor(offering, student.Registrations.Where(r => r.OfferingId == offering.Id).ToList(), today);
        if (!kind.Succeeded) obstacles.AddRange(kind.Errors);
        // Registering again on a course taken before (omregistrering) is for the study administration, not self-registration.
        if (kind.Succeeded && kind.Value.Kind == RegistrationKind.FirstTime
            && student.Registrations.FirstOrDefault(r => r.CourseId == offering.CourseId && r.OfferingId != offering.Id && !r.NeverStarted) is { } earlier)
        {
            obstacles.Add(DomainError.Of(RecordsReasons.RegisteredOnCourseBefore, OnOffering, offering.CourseCode, earlier.OfferingCode, earlier.Term));
        }
        var term = kind.Succeeded ? kind.Value.Term : offering.Term;
        if (kind.Succeeded && SelfRegistration.Window(offering, term, today) is { } closed) obstacles.Add(closed);

        var termText = term.ToString();
        if (await db.FeePayingTerms.AnyAsync(f => f.StudentId == student.Id && f.Term == termText && f.FeePaidOn == null, cancellationToken))
        {
            obstacles.Add(DomainError.Of(RecordsReasons.FeeNotPaid, OnOffering, termText));
        }
        var suspendedUntil = await db.Suspensions.Where(s => s.StudentId == student.Id && s.From <= today && today <= s.To)
            .Select(s => (DateOnly?)s.To).MaxAsync(cancellationToken);
        if (suspendedUntil is { } until) obstacles.Add(DomainError.Of(RecordsReasons.Suspended, OnOffering, until));
        if (obstacles.Count > 0) return Outcome<Registration>.Failure(obstacles);

        var registered = student.Register(offering, kind.Value.Kind, command.By, clock);
        if (!registered.Succeeded) return registered;

        var refused = await obstacleRules.CheckAsync(registered.Value!, offering, cancellationToken);
        if (refused.Count > 0) return Outcome<Registration>.Failure(refused);

        announcements.Recorded(db, registered.Value!, offering);
        unit.OnDuplicate(DomainError.Of(RecordsReasons.AlreadyRegistered, OnOffering, offering.CourseCode, termText, offering.OfferingCode));
        return registered;
    }
}
