using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Records a study break on a course registration, at the offering's department.</summary>
public sealed class RecordStudyBreakHandler(
    IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, Registrars registrars, IOutboxSignal outbox, TimeProvider clock)
{
    public async Task<Outcome<StudyBreak>> HandleAsync(RecordStudyBreakCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.RecordedBy, clock, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await RegistrationLocks.LockAsync(db, command.RegistrationId, cancellationToken) is not { } registration)
        {
            return DomainError.NotFound("There is no such registration.", "input", "registrationId");
        }

        var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
        if (await registrars.RefusedAsync(command.RecordedBy, offering.DepartmentId,
                $"record study breaks on {offering.CourseCode} {offering.Term}", ["input", "registrationId"], cancellationToken) is { } refused)
        {
            return refused;
        }

        var results = await ResultsOnOffering.OfAsync(db, registration, cancellationToken);
        var recorded = registration.RecordBreak(offering, results, command.From, command.To, command.Reason, command.RecordedBy, clock);
        if (!recorded.Succeeded) return recorded;

        var studyBreak = recorded.Value!;
        db.AddIntegrationEvent(new StudyBreakRecorded(studyBreak.Id, registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.CourseCode,
            offering.DepartmentId, studyBreak.From, studyBreak.To, studyBreak.RecordedAt), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Notify();
        return recorded;
    }
}
