using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// What a dropout changed: the course registration, or the programme registration and the course
/// registrations it reached (dropped out, or withdrawn where the course had not started by the date).
/// </summary>
public sealed record DropoutRecord(Registration? Registration, ProgrammeRegistration? ProgrammeRegistration, IReadOnlyList<Registration> Registrations);

/// <summary>
/// Studieavbrott from a course registration, or from a programme registration cascading to the
/// student's open registrations on the programme's courses, all in one transaction: every course
/// is checked by its own rules, and one refusal refuses the whole dropout.
/// </summary>
public sealed class RecordDropoutHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, RegistrarsRegistrations registrations,
    RegistrarsProgrammeRegistrations programmeRegistrations, ResultsOnOffering resultsOnOffering, TimeProvider clock)
    : ICommandHandler<RecordDropoutCommand, DropoutRecord>
{
    public async Task<Outcome<DropoutRecord>> HandleAsync(RecordDropoutCommand command, CancellationToken cancellationToken)
    {
        if (command.RegistrationId is null == command.ProgrammeRegistrationId is null)
        {
            return DomainError.Of(RecordsReasons.RegistrationOrProgramme, nameof(command.RegistrationId));
        }

        return command.RegistrationId is { } registrationId
            ? await CourseAsync(registrationId, command, cancellationToken)
            : await ProgrammeAsync(command.ProgrammeRegistrationId!.Value, command, cancellationToken);
    }

    private async Task<Outcome<DropoutRecord>> CourseAsync(Guid registrationId, RecordDropoutCommand command, CancellationToken cancellationToken)
    {
        var held = await registrations.LockAsync(
            registrationId, command.RecordedBy, RecordsReasons.RecordDropouts, Field.Of(nameof(command.RegistrationId)), cancellationToken);
        if (!held.Succeeded) return Outcome<DropoutRecord>.Failure(held.Errors);
        var (registration, offering) = held.Value!;

        var results = await resultsOnOffering.OfAsync(registration, cancellationToken);
        var dropped = registration.RecordDropout(offering, results, command.Date, command.Reason, null, command.RecordedBy, clock);
        if (!dropped.Succeeded) return Outcome<DropoutRecord>.Failure(dropped.Errors);

        await PublishAsync(registration, offering, cancellationToken);
        return Outcome<DropoutRecord>.Success(new DropoutRecord(registration, null, [registration]));
    }

    private async Task<Outcome<DropoutRecord>> ProgrammeAsync(Guid programmeRegistrationId, RecordDropoutCommand command, CancellationToken cancellationToken)
    {
        var held = await programmeRegistrations.LockAsync(
            programmeRegistrationId, command.RecordedBy, RecordsReasons.RecordDropouts, Field.Of(nameof(command.ProgrammeRegistrationId)), cancellationToken);
        if (!held.Succeeded) return Outcome<DropoutRecord>.Failure(held.Errors);
        var (programmeRegistration, programme) = held.Value!;

        var dropped = programmeRegistration.RecordDropout(command.Date, command.Reason, command.RecordedBy, clock);
        if (!dropped.Succeeded) return Outcome<DropoutRecord>.Failure(dropped.Errors);

        var errors = new List<DomainError>();
        var reached = new List<Registration>();
        foreach (var (registration, offering, results) in await programmeRegistrations.OpenCoursesAsync(held.Value!, cancellationToken))
        {
            var outcome = offering.StartDate > command.Date
                ? registration.WithdrawWithProgramme(offering, results, command.Date, command.RecordedBy)
                : registration.RecordDropout(offering, results, command.Date, command.Reason, programmeRegistration.Id, command.RecordedBy, clock);
            if (!outcome.Succeeded)
            {
                errors.AddRange(RegistrarsProgrammeRegistrations.OnCourse(registration, outcome.Errors, Field.Of(nameof(command.Date))));
                continue;
            }

            reached.Add(registration);
            if (registration.DroppedOutOn is not null) await PublishAsync(registration, offering, cancellationToken);
            else
            {
                unit.Db.AddIntegrationEvent(
                    new RegistrationWithdrawn(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.DepartmentId,
                    command.Date), clock);
            }
        }
        if (errors.Count > 0) return Outcome<DropoutRecord>.Failure(errors);

        unit.Db.AddIntegrationEvent(new ProgrammeDropoutRecorded(programmeRegistration.Id, programmeRegistration.StudentId, programme.Id, programme.Code,
            programmeRegistration.DepartmentId, command.Date, programmeRegistration.DropoutRecordedAt!.Value), clock);
        return Outcome<DropoutRecord>.Success(new DropoutRecord(null, programmeRegistration, reached));
    }

    private async Task PublishAsync(Registration registration, OfferingInfo offering, CancellationToken cancellationToken)
    {
        var version = await catalogue.GetCourseVersionAsync(offering.CourseVersionId, cancellationToken);
        unit.Db.AddIntegrationEvent(new DropoutRecorded(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.CourseCode,
            offering.DepartmentId, registration.Term, registration.DroppedOutOn!.Value, registration.IsEarlyDropout, version?.Credits,
            registration.DropoutProgrammeRegistrationId, registration.DropoutRecordedAt!.Value), clock);
    }
}
