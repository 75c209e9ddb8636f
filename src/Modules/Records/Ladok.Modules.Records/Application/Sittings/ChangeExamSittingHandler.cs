using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>
/// Moves a sitting, or changes its place, window or seats, over the version the caller read. It takes the sitting's lock, so the
/// seats are never set below the sign-ups a student is making at the same moment.
/// </summary>
public sealed class ChangeExamSittingHandler(IUnitOfWork<RecordsDbContext> unit, ExamSittingLock locks, ExamSittingPlanners planners, TimeProvider clock)
    : ICommandHandler<ChangeExamSittingCommand, ExamSitting>
{
    public async Task<Outcome<ExamSitting>> HandleAsync(ChangeExamSittingCommand command, CancellationToken cancellationToken)
    {
        var sitting = await locks.LockAsync(command.ExamSittingId, cancellationToken);
        if (sitting is null) return DomainError.Of(ExamSittingReasons.ExamSittingNotFound, ExamSitting.Itself);
        if (await planners.RefusedAsync(command.By, sitting, cancellationToken) is { } forbidden) return forbidden;
        if (sitting.RowVersion != command.Version) return DomainError.Of(KernelReasons.StaleVersion, nameof(command.Version));

        var changed = sitting.Change(command.Plan, clock);
        if (changed.Succeeded) unit.Db.Entry(sitting).Property(s => s.RowVersion).OriginalValue = command.Version;
        return changed;
    }
}
