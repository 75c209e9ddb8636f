using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>What a programme's study break changed: the break, its programme registration and the course registrations it put on break.</summary>
public sealed record ProgrammeStudyBreakRecord(
    ProgrammeStudyBreak StudyBreak, ProgrammeRegistration ProgrammeRegistration, IReadOnlyList<Registration> Registrations);

/// <summary>
/// Studieuppehåll decided on a programme registration at the programme's department (HF 7 kap. 33 §, UHRFS 2013:3). The
/// student's open registrations on the programme's courses whose offerings run during the break take their part of it,
/// in the same transaction; completed ones are left as they are, and one that refuses refuses the whole break.
/// </summary>
public sealed class RecordProgrammeStudyBreakHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, Registrars registrars, RegistrationLocks locks, ResultsOnOffering resultsOnOffering,
    TimeProvider clock) : ICommandHandler<RecordProgrammeStudyBreakCommand, ProgrammeStudyBreakRecord>
{
    public async Task<Outcome<ProgrammeStudyBreakRecord>> HandleAsync(RecordProgrammeStudyBreakCommand command, CancellationToken cancellationToken)
    {
        // Locked, so two overlapping breaks cannot both pass the check.
        var programmeRegistration = await locks.ProgrammeRegistrationAsync(command.ProgrammeRegistrationId, cancellationToken);
        if (programmeRegistration is null) return DomainError.NotFound("There is no such programme registration.", nameof(command.ProgrammeRegistrationId));

        if (await registrars.RefusedAsync(
            command.RecordedBy, programmeRegistration.DepartmentId, $"decide study breaks on {programmeRegistration.ProgrammeCode}",
                Field.Of(nameof(command.ProgrammeRegistrationId)), cancellationToken) is { } refused)
        {
            return refused;
        }

        var recorded = programmeRegistration.RecordStudyBreak(command.From, command.To, command.ResumeTerm, command.GuaranteedPlace, command.RecordedBy, clock);
        if (!recorded.Succeeded) return Outcome<ProgrammeStudyBreakRecord>.Failure(recorded.Errors);
        var studyBreak = recorded.Value!;

        var programme = await catalogue.GetProgrammeAsync(programmeRegistration.ProgrammeId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no programme {programmeRegistration.ProgrammeId}.");
        var open = await locks.OpenOnCoursesAsync(programmeRegistration.StudentId, programme.CourseIds.ToList(), cancellationToken);
        var results = await resultsOnOffering.OfAsync(programmeRegistration.StudentId, open.Select(r => r.OfferingId).Distinct().ToList(), cancellationToken);

        var errors = new List<DomainError>();
        var reached = new List<Registration>();
        foreach (var registration in open)
        {
            var ofRegistration = results[registration.OfferingId].ToList();
            if (Registration.IsCompletedBy(ofRegistration)) continue;

            var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
                ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
            if (!studyBreak.Span.Overlaps(new DateSpan(offering.StartDate, offering.EndDate))) continue;

            var part = registration.TakeProgrammeBreak(offering, ofRegistration, studyBreak, clock);
            if (!part.Succeeded)
            {
                errors.AddRange(part.Errors.Select(e =>
                    e with { Message = $"{registration.CourseCode} {registration.Term}: {e.Message}", Field = Field.Of(nameof(command.From)) }));
                continue;
            }

            reached.Add(registration);
            var course = part.Value!;
            unit.Db.AddIntegrationEvent(new StudyBreakRecorded(course.Id, registration.Id, registration.StudentId, offering.Id, offering.CourseId,
                offering.CourseCode, offering.DepartmentId, course.From, course.To, course.RecordedAt), clock);
        }
        if (errors.Count > 0) return Outcome<ProgrammeStudyBreakRecord>.Failure(errors);

        unit.Db.AddIntegrationEvent(new ProgrammeStudyBreakRecorded(studyBreak.Id, programmeRegistration.Id, programmeRegistration.StudentId, programme.Id,
            programme.Code, programmeRegistration.DepartmentId, studyBreak.From, studyBreak.To, studyBreak.ResumeTerm, studyBreak.GuaranteedPlace,
            studyBreak.RecordedAt), clock);
        return Outcome<ProgrammeStudyBreakRecord>.Success(new ProgrammeStudyBreakRecord(studyBreak, programmeRegistration, reached));
    }
}
