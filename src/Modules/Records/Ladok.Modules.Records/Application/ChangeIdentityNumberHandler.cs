using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Byte av identitet: a study administrator gives a student a new identity number, such as the personnummer that replaces a
/// samordningsnummer (FOL 18 §, 18 a §). The records stay with the student, the number replaced is kept (the student is
/// still found by it), the change is audited and announced so that a copy of the number elsewhere follows.
/// </summary>
public sealed class ChangeIdentityNumberHandler(IUnitOfWork<RecordsDbContext> unit, TimeProvider clock)
    : ICommandHandler<ChangeIdentityNumberCommand, Student>
{
    public async Task<Outcome<Student>> HandleAsync(ChangeIdentityNumberCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var student = await db.Students.SingleOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken);
        if (student is null) return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));
        if (student.RowVersion != command.Version)
        {
            return DomainError.Of(KernelReasons.StaleVersion, nameof(command.Version));
        }

        var (formerNumber, formerKind) = (student.IdentityNumber, student.Kind);
        var changed = student.ChangeIdentityNumber(command.IdentityNumber, command.IsInterim, command.ChangedBy, clock);
        if (!changed.Succeeded) return Outcome<Student>.Failure(changed.Errors);

        var numberField = Field.Of(nameof(command.IdentityNumber));
        if (await IdentityNumberHolders.TakenByAnotherAsync(db, student.IdentityNumber, student.Id, numberField, cancellationToken) is { } taken)
        {
            return taken;
        }

        // A number taken back (a mistaken change undone) is the student's again, no longer a former one; the audit trail keeps both steps.
        var takenBack = await db.FormerIdentityNumbers.Where(f => f.StudentId == student.Id && f.IdentityNumber == student.IdentityNumber)
            .ToListAsync(cancellationToken);
        db.FormerIdentityNumbers.RemoveRange(takenBack);
        db.FormerIdentityNumbers.Add(changed.Value!);
        // The save checks the version read, so a writer who came in between makes it a CONFLICT.
        db.Entry(student).Property(s => s.RowVersion).OriginalValue = command.Version;
        var announced = new StudentIdentityNumberChanged(
            student.Id, student.IdentityNumber, student.Kind.ToString(), formerNumber, formerKind.ToString(), clock.GetUtcNow());
        db.AddIntegrationEvent(announced, clock);
        // The unique keys answer a race the look-up above cannot see.
        unit.OnDuplicate(DomainError.Of(RecordsReasons.IdentityNumberTaken, numberField, student.IdentityNumber));
        return Outcome<Student>.Success(student);
    }
}
