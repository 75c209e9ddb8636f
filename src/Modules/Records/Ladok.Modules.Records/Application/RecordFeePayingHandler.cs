using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Records whether a student pays fees in a term, or that they no longer do. Saying what is already so changes nothing
/// and tells nobody; a change tells Reporting, whose funded HST and HPR leave fee-paying terms out.
/// </summary>
public sealed class RecordFeePayingHandler(IUnitOfWork<RecordsDbContext> unit, TimeProvider clock) : ICommandHandler<RecordFeePayingCommand, FeePayingStatus>
{
    public async Task<Outcome<FeePayingStatus>> HandleAsync(RecordFeePayingCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));
        }

        var recorded = FeePayingTerm.Record(command.StudentId, command.Term, command.RecordedBy, clock);
        if (!recorded.Succeeded) return Outcome<FeePayingStatus>.Failure(recorded.Errors);

        var term = recorded.Value!.Term;
        var existing = await db.FeePayingTerms.SingleOrDefaultAsync(f => f.StudentId == command.StudentId && f.Term == term, cancellationToken);
        var status = new FeePayingStatus(command.StudentId, term, command.IsFeePaying);
        if ((existing is not null) == command.IsFeePaying) return Outcome<FeePayingStatus>.Success(status);

        if (command.IsFeePaying) db.FeePayingTerms.Add(recorded.Value);
        else db.FeePayingTerms.Remove(existing!);
        db.AddIntegrationEvent(new FeePayingRecorded(command.StudentId, term, command.IsFeePaying, clock.GetUtcNow()), clock);
        // Two administrators recording the same term at once: the unique key lets one through.
        unit.OnDuplicate(DomainError.Of(RecordsReasons.FeePayingRecordedTwice, nameof(command.Term), term));
        return Outcome<FeePayingStatus>.Success(status);
    }
}
