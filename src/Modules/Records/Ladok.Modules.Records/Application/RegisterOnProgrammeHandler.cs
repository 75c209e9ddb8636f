using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Registers an admitted student on a programme, at the programme's department.</summary>
public sealed class RegisterOnProgrammeHandler(IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, Registrars registrars, TimeProvider clock)
    : ICommandHandler<RegisterOnProgrammeCommand, ProgrammeRegistration>
{
    public async Task<Outcome<ProgrammeRegistration>> HandleAsync(RegisterOnProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await catalogue.GetProgrammeAsync(command.ProgrammeId, cancellationToken);
        if (programme is null) return DomainError.Of(RecordsReasons.ProgrammeNotFound, nameof(command.ProgrammeId));

        if (await registrars.RefusedAsync(command.RegisteredBy, programme.DepartmentId, RecordsReasons.RegisterStudents, programme.Code,
                Field.Of(nameof(command.ProgrammeId)), cancellationToken) is { } refused)
        {
            return refused;
        }

        var db = unit.Db;
        var student = await db.Students.SingleOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken);
        if (student is null) return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));

        var duplicate = DomainError.Of(RecordsReasons.AlreadyOnProgramme, nameof(command.ProgrammeId), student.Name, programme.Code);
        if (await db.ProgrammeRegistrations.AnyAsync(p => p.StudentId == student.Id && p.ProgrammeId == programme.Id, cancellationToken)) return duplicate;

        var created = ProgrammeRegistration.Create(student.Id, programme, command.StartTerm, command.RegisteredBy, clock);
        if (!created.Succeeded) return created;

        var registration = created.Value!;
        db.ProgrammeRegistrations.Add(registration);
        db.AddIntegrationEvent(new ProgrammeRegistrationRecorded(registration.Id, student.Id, programme.Id, programme.Code, programme.DepartmentId,
            registration.StartTerm, registration.RegisteredAt), clock);
        unit.OnDuplicate(duplicate);
        return created;
    }
}
