using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>Records a study break on a course registration, at the offering's department.</summary>
public sealed class RecordStudyBreakHandler(
    IUnitOfWork<RecordsDbContext> unit, RegistrarsRegistrations registrations, ResultsOnOffering resultsOnOffering,
    TimeProvider clock) : ICommandHandler<RecordStudyBreakCommand, StudyBreak>
{
    public async Task<Outcome<StudyBreak>> HandleAsync(RecordStudyBreakCommand command, CancellationToken cancellationToken)
    {
        // Locked, so two overlapping breaks cannot both pass the check.
        var held = await registrations.LockAsync(
            command.RegistrationId, command.RecordedBy, RecordsReasons.RecordStudyBreaks, Field.Of(nameof(command.RegistrationId)), cancellationToken);
        if (!held.Succeeded) return Outcome<StudyBreak>.Failure(held.Errors);
        var (registration, offering) = held.Value!;

        var results = await resultsOnOffering.OfAsync(registration, cancellationToken);
        var recorded = registration.RecordBreak(offering, results, command.From, command.To, command.Reason, command.RecordedBy, clock);
        if (!recorded.Succeeded) return recorded;

        var studyBreak = recorded.Value!;
        unit.Db.AddIntegrationEvent(new StudyBreakRecorded(studyBreak.Id, registration.Id, registration.StudentId, offering.Id, offering.CourseId,
            offering.CourseCode, offering.DepartmentId, studyBreak.From, studyBreak.To, studyBreak.RecordedAt), clock);
        return recorded;
    }
}
