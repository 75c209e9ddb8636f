using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>
/// A student takes back their own sign-up within the window (afterwards the exam is being written by code). The seat is free again
/// and the code goes with the sign-up; the audit trail keeps both.
/// </summary>
public sealed class CancelExamSittingSignUpHandler(IUnitOfWork<RecordsDbContext> unit, ExamSittingLock locks, TimeProvider clock)
    : ICommandHandler<CancelExamSittingSignUpCommand, ExamSittingSeat>
{
    public async Task<Outcome<ExamSittingSeat>> HandleAsync(CancelExamSittingSignUpCommand command, CancellationToken cancellationToken)
    {
        var sitting = await locks.LockAsync(command.ExamSittingId, cancellationToken);
        if (sitting is null) return DomainError.Of(ExamSittingReasons.ExamSittingNotFound, ExamSitting.Itself);

        var cancelled = sitting.CancelSignUp(command.StudentId, clock);
        if (!cancelled.Succeeded) return Outcome<ExamSittingSeat>.Failure(cancelled.Errors);

        var signUp = cancelled.Value!;
        unit.Db.ExamSittingSignUps.Remove(signUp);
        unit.Db.AddIntegrationEvent(
            new ExamSignUpCancelled(signUp.Id, sitting.Id, signUp.StudentId, sitting.CourseId, sitting.CourseCode, clock.GetUtcNow()), clock);
        return Outcome<ExamSittingSeat>.Success(new ExamSittingSeat(sitting, signUp));
    }
}
