using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
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
    IUnitOfWork<RecordsDbContext> unit, RegistrarsProgrammeRegistrations programmeRegistrations, TimeProvider clock)
    : ICommandHandler<RecordProgrammeStudyBreakCommand, ProgrammeStudyBreakRecord>
{
    public async Task<Outcome<ProgrammeStudyBreakRecord>> HandleAsync(RecordProgrammeStudyBreakCommand command, CancellationToken cancellationToken)
    {
        // Locked, so two overlapping breaks cannot both pass the check.
        var held = await programmeRegistrations.LockAsync(
            command.ProgrammeRegistrationId, command.RecordedBy, RecordsReasons.DecideStudyBreaks, Field.Of(nameof(command.ProgrammeRegistrationId)),
            cancellationToken);
        if (!held.Succeeded) return Outcome<ProgrammeStudyBreakRecord>.Failure(held.Errors);
        var (programmeRegistration, programme) = held.Value!;

        var recorded = programmeRegistration.RecordStudyBreak(command.From, command.To, command.ResumeTerm, command.GuaranteedPlace, command.RecordedBy, clock);
        if (!recorded.Succeeded) return Outcome<ProgrammeStudyBreakRecord>.Failure(recorded.Errors);
        var studyBreak = recorded.Value!;

        var errors = new List<DomainError>();
        var reached = new List<Registration>();
        foreach (var (registration, offering, results) in await programmeRegistrations.OpenCoursesAsync(held.Value!, cancellationToken))
        {
            if (!studyBreak.Span.Overlaps(new DateSpan(offering.StartDate, offering.EndDate))) continue;

            var part = registration.TakeProgrammeBreak(offering, results, studyBreak, clock);
            if (!part.Succeeded)
            {
                errors.AddRange(RegistrarsProgrammeRegistrations.OnCourse(registration, part.Errors, Field.Of(nameof(command.From))));
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
