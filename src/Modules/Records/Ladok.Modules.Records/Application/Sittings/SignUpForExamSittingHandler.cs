using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>
/// A student signs themself up for a sitting: registered on an offering of the version examined (not withdrawn, not dropped out),
/// within the window, once, while seats are left. The sitting's row is locked first, so the last seat goes to one student. The
/// confirmed sign-up is announced (<see cref="ExamSignUpConfirmed"/>) for the student's notifications.
/// </summary>
public sealed class SignUpForExamSittingHandler(IUnitOfWork<RecordsDbContext> unit, ExamSittingLock locks, ICatalogueQueries catalogue, TimeProvider clock)
    : ICommandHandler<SignUpForExamSittingCommand, ExamSittingSeat>
{
    public async Task<Outcome<ExamSittingSeat>> HandleAsync(SignUpForExamSittingCommand command, CancellationToken cancellationToken)
    {
        var sitting = await locks.LockAsync(command.ExamSittingId, cancellationToken);
        if (sitting is null) return DomainError.Of(ExamSittingReasons.ExamSittingNotFound, ExamSitting.Itself);

        var registration = await RegistrationAsync(sitting, command.StudentId, cancellationToken);
        if (registration is null) return DomainError.Of(ExamSittingReasons.NotRegisteredOnCourse, ExamSitting.Itself, sitting.CourseCode);

        var signedUp = sitting.SignUp(command.StudentId, registration.Id, clock);
        if (!signedUp.Succeeded) return Outcome<ExamSittingSeat>.Failure(signedUp.Errors);

        var signUp = signedUp.Value!;
        unit.Db.AddIntegrationEvent(new ExamSignUpConfirmed(signUp.Id, sitting.Id, signUp.StudentId, signUp.RegistrationId, sitting.CourseId,
            sitting.CourseCode, sitting.ModuleCode, sitting.StartsAt, sitting.EndsAt, sitting.Place, signUp.SignedUpAt), clock);
        // The unique keys back the lock up: the same student twice, or (never drawn twice under the lock) the same code.
        unit.OnDuplicate(DomainError.Of(ExamSittingReasons.AlreadySignedUp, ExamSitting.Itself, sitting.CourseCode, sitting.StartsAt));
        return Outcome<ExamSittingSeat>.Success(new ExamSittingSeat(sitting, signUp));
    }

    /// <summary>
    /// The student's latest registration (by term) on an offering of the version examined that is neither withdrawn nor dropped out;
    /// null when there is none. The Catalogue says which offerings are of the version.
    /// </summary>
    private async Task<Registration?> RegistrationAsync(ExamSitting sitting, Guid studentId, CancellationToken cancellationToken)
    {
        var open = await unit.Db.Registrations.AsNoTracking()
            .Where(r => r.StudentId == studentId && r.CourseId == sitting.CourseId && r.WithdrawnOn == null && r.DroppedOutOn == null)
            .ToListAsync(cancellationToken);
        if (open.Count == 0) return null;
        var offerings = await catalogue.GetOfferingsAsync(open.Select(r => r.OfferingId).Distinct().ToList(), cancellationToken);
        return open.Where(r => offerings.GetValueOrDefault(r.OfferingId)?.CourseVersionId == sitting.CourseVersionId)
            .MaxBy(r => Term.Parse(r.Term));
    }
}
