using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

public sealed class CreateStudentHandler(IUnitOfWork<RecordsDbContext> unit, TimeProvider clock) : ICommandHandler<CreateStudentCommand, Student>
{
    public async Task<Outcome<Student>> HandleAsync(CreateStudentCommand command, CancellationToken cancellationToken)
    {
        var created = Student.Create(command.IdentityNumber, command.IsInterim, command.FirstName, command.LastName, command.Email, command.CreatedBy, clock);
        if (!created.Succeeded) return created;

        var student = created.Value!;
        var duplicate = DomainError.Of(RecordsReasons.IdentityNumberTaken, nameof(command.IdentityNumber), student.IdentityNumber);
        // A number someone had before is still theirs: the person is most likely that student.
        if (await IdentityNumberHolders.TakenByAnotherAsync(unit.Db, student.IdentityNumber, null, Field.Of(nameof(command.IdentityNumber)), cancellationToken)
            is { } taken)
        {
            return taken;
        }

        unit.Db.Students.Add(student);
        // The unique key answers a race the look-up above cannot see.
        unit.OnDuplicate(duplicate);
        return created;
    }
}
