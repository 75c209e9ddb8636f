using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>Cancels a sitting: nobody signs up any more, and the sign-ups made stay on record with their codes.</summary>
public sealed class CancelExamSittingHandler(IUnitOfWork<RecordsDbContext> unit, ExamSittingLock locks, ExamSittingPlanners planners, TimeProvider clock)
    : ICommandHandler<CancelExamSittingCommand, ExamSitting>
{
    public async Task<Outcome<ExamSitting>> HandleAsync(CancelExamSittingCommand command, CancellationToken cancellationToken)
    {
        var sitting = await locks.LockAsync(command.ExamSittingId, cancellationToken);
        if (sitting is null) return DomainError.Of(ExamSittingReasons.ExamSittingNotFound, ExamSitting.Itself);
        if (await planners.RefusedAsync(command.By, sitting, cancellationToken) is { } forbidden) return forbidden;
        if (sitting.RowVersion != command.Version) return DomainError.Of(KernelReasons.StaleVersion, nameof(command.Version));

        var cancelled = sitting.Cancel(command.By, clock);
        if (cancelled.Succeeded) unit.Db.Entry(sitting).Property(s => s.RowVersion).OriginalValue = command.Version;
        return cancelled;
    }
}
