using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Avstängning: records the disciplinary board's suspension of a student, which stops them registering themself while it lasts.</summary>
public sealed class RecordSuspensionHandler(IUnitOfWork<RecordsDbContext> unit, TimeProvider clock) : ICommandHandler<RecordSuspensionCommand, Suspension>
{
    public async Task<Outcome<Suspension>> HandleAsync(RecordSuspensionCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));
        }

        var recorded = Suspension.Record(command.StudentId, command.From, command.To, command.RecordedBy, clock);
        if (recorded.Succeeded) db.Suspensions.Add(recorded.Value!);
        return recorded;
    }
}
