using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

public sealed class CreateStudentHandler(IDbContextFactory<RecordsDbContext> databases, TimeProvider clock)
{
    public async Task<Outcome<Student>> HandleAsync(CreateStudentCommand command, CancellationToken cancellationToken)
    {
        var created = Student.Create(command.IdentityNumber, command.IsInterim, command.FirstName, command.LastName, command.Email, command.CreatedBy, clock);
        if (!created.Succeeded) return created;

        var student = created.Value!;
        var duplicate = DomainError.Conflict($"A student with identity number {student.IdentityNumber} already exists.", "input", "identityNumber");

        await using var db = await databases.ActingAsAsync(command.CreatedBy, clock, cancellationToken);
        if (await db.Students.AnyAsync(s => s.IdentityNumber == student.IdentityNumber, cancellationToken)) return duplicate;

        db.Students.Add(student);
        // The unique key answers a race the look-up above cannot see.
        return await db.TrySaveAsync(duplicate, cancellationToken) is { } conflict ? conflict : created;
    }
}
