using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Records whether a fee-paying student has paid the term's fee (studieavgift), which a student must have done to register
/// themself for the term. Only a term recorded as fee-paying has a fee; saying what is already so changes nothing.
/// </summary>
public sealed class RecordFeePaymentHandler(IUnitOfWork<RecordsDbContext> unit, TimeProvider clock) : ICommandHandler<RecordFeePaymentCommand, FeePayingStatus>
{
    public async Task<Outcome<FeePayingStatus>> HandleAsync(RecordFeePaymentCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));
        }
        if (!Kernel.Periods.Term.TryParse(command.Term, out var term, out _))
        {
            return DomainError.Of(KernelReasons.InvalidTerm, nameof(command.Term), command.Term);
        }

        var feePaying = await db.FeePayingTerms.SingleOrDefaultAsync(f => f.StudentId == command.StudentId && f.Term == term.ToString(), cancellationToken);
        if (feePaying is null) return DomainError.Of(RecordsReasons.NotFeePaying, nameof(command.Term), term.ToString());

        feePaying.RecordPayment(command.IsPaid, RecordsRules.Today(clock));
        return Outcome<FeePayingStatus>.Success(new FeePayingStatus(command.StudentId, term.ToString(), true) { IsFeePaid = command.IsPaid });
    }
}
