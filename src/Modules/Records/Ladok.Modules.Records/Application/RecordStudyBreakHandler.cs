using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Records a study break on a course registration, at the offering's department.</summary>
public sealed class RecordStudyBreakHandler(
    IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, IPermissionQueries permissions, IOutboxSignal outbox, TimeProvider clock)
{
    public async Task<Outcome<StudyBreak>> HandleAsync(RecordStudyBreakCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.RecordedBy, clock, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The row lock serialises breaks and dropouts on one registration, so two overlapping breaks cannot both pass the check.
        if (await RegistrationLocks.LockAsync(db, command.RegistrationId, cancellationToken) is not { } registration)
        {
            return DomainError.NotFound("There is no such registration.", "input", "registrationId");
        }

        var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
        if (await Registrars.RefusedAsync(permissions, catalogue, command.RecordedBy, offering.DepartmentId,
                $"record study breaks on {offering.CourseCode} {offering.Term}", ["input", "registrationId"], cancellationToken) is { } refused)
        {
            return refused;
        }

        var results = await RecordDropoutHandler.ResultsOnOfferingAsync(db, registration, cancellationToken);
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

internal static class RegistrationLocks
{
    /// <summary>The registration with its study breaks, its row locked until the transaction ends.</summary>
    public static async Task<Registration?> LockAsync(RecordsDbContext db, Guid registrationId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM records.registrations WHERE id = {registrationId} FOR UPDATE", cancellationToken);
        return await db.Registrations.Include(r => r.StudyBreaks).SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
    }
}
