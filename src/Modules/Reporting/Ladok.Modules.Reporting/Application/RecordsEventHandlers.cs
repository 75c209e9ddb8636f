using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

// The read model follows the Records module's events. Each handler writes by the fact's own id
// (INSERT … ON CONFLICT), so an event delivered twice counts once; a fact the Catalogue cannot
// complete throws, and the outbox retries it later.

/// <summary>A registration: its credits and dates come from the Catalogue.</summary>
public sealed class RegistrationRecordedHandler(IDbContextFactory<ReportingDbContext> databases, ICatalogueQueries catalogue)
    : IIntegrationEventHandler<RegistrationRecorded>
{
    public async Task HandleAsync(RegistrationRecorded integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var offering = await catalogue.GetOfferingAsync(integrationEvent.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"The Catalogue has no offering {integrationEvent.OfferingId} for registration {integrationEvent.RegistrationId}.");
        var version = await catalogue.GetCourseVersionAsync(offering.CourseVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no course version {offering.CourseVersionId}.");

        var course = await CourseAreas.CourseAsync(catalogue, integrationEvent.CourseId, cancellationToken);
        var fact = Facts.Registration(integrationEvent, offering, version, course);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reporting.registrations (registration_id, student_id, course_id, course_code, department_id, offering_id, term, kind,
                                                 start_date, end_date, covers_from, covers_to, credits, level, financing_form, pace_percent, study_form,
                                                 place, early_dropout, withdrawn)
            VALUES ({fact.RegistrationId}, {fact.StudentId}, {fact.CourseId}, {fact.CourseCode}, {fact.DepartmentId}, {fact.OfferingId}, {fact.Term},
                    {fact.Kind}, {fact.StartDate}, {fact.EndDate}, {fact.CoversFrom}, {fact.CoversTo}, {fact.Credits}, {fact.Level},
                    {fact.FinancingForm}, {fact.PacePercent}, {fact.StudyForm}, {fact.Place}, false, false)
            ON CONFLICT (registration_id) DO UPDATE SET offering_id = excluded.offering_id, term = excluded.term, kind = excluded.kind,
                start_date = excluded.start_date, end_date = excluded.end_date, covers_from = excluded.covers_from, covers_to = excluded.covers_to,
                credits = excluded.credits, level = excluded.level, financing_form = excluded.financing_form, pace_percent = excluded.pace_percent,
                study_form = excluded.study_form, place = excluded.place
            """, cancellationToken);
        await CourseAreas.ReplaceAsync(db, course, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>An early dropout counts as never started; a later one keeps its HST.</summary>
public sealed class DropoutRecordedHandler(IDbContextFactory<ReportingDbContext> databases) : IIntegrationEventHandler<DropoutRecorded>
{
    public async Task HandleAsync(DropoutRecorded integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var updated = await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE reporting.registrations SET early_dropout = {integrationEvent.IsEarly}
            WHERE registration_id = {integrationEvent.RegistrationId}
            """, cancellationToken);
        if (updated == 0) throw new InvalidOperationException(
            $"Registration {integrationEvent.RegistrationId} dropped out before its registration reached the read model.");
    }
}

/// <summary>A withdrawal (återbud): the registration never counted.</summary>
public sealed class RegistrationWithdrawnHandler(IDbContextFactory<ReportingDbContext> databases) : IIntegrationEventHandler<RegistrationWithdrawn>
{
    public async Task HandleAsync(RegistrationWithdrawn integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE reporting.registrations SET withdrawn = true WHERE registration_id = {integrationEvent.RegistrationId}", cancellationToken);
        if (updated == 0) throw new InvalidOperationException(
            $"Registration {integrationEvent.RegistrationId} was withdrawn before its registration reached the read model.");
    }
}

/// <summary>An attested result (or credit transfer), with its examination date (which places it in HPR) and its decision.</summary>
public sealed class ResultAttestedHandler(IDbContextFactory<ReportingDbContext> databases, ICatalogueQueries catalogue, TimeProvider clock)
    : IIntegrationEventHandler<ResultAttested>
{
    public async Task HandleAsync(ResultAttested integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var version = await catalogue.GetCourseVersionAsync(integrationEvent.CourseVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no course version {integrationEvent.CourseVersionId}.");
        var course = await CourseAreas.CourseAsync(catalogue, integrationEvent.CourseId, cancellationToken);
        var fact = Facts.Result(integrationEvent, version, course, clock);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reporting.results (result_id, student_id, course_id, course_code, module_code, grade, department_id, credits, is_passing,
                                           counts_for_hpr, examined_on, decided_on, decided_at, registration_id, level, financing_form)
            VALUES ({fact.ResultId}, {fact.StudentId}, {fact.CourseId}, {fact.CourseCode}, {fact.ModuleCode}, {fact.Grade},
                    {fact.DepartmentId}, {fact.Credits}, {fact.IsPassing}, {fact.CountsForHpr}, {fact.ExaminedOn}, {fact.DecidedOn},
                    {fact.DecidedAt}, {fact.RegistrationId}, {fact.Level}, {fact.FinancingForm})
            ON CONFLICT (result_id) DO NOTHING
            """, cancellationToken);
        await CourseAreas.ReplaceAsync(db, course, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>A removed result stops counting. Its attestation must be here first; if not yet, the outbox retries.</summary>
public sealed class ResultRemovedHandler(IDbContextFactory<ReportingDbContext> databases, TimeProvider clock) : IIntegrationEventHandler<ResultRemoved>
{
    public async Task HandleAsync(ResultRemoved integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var (removedOn, removedAt) = (Facts.LocalDate(integrationEvent.RemovedAt, clock), integrationEvent.RemovedAt.ToUniversalTime());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE reporting.results SET removed_on = {removedOn}, removed_at = {removedAt} WHERE result_id = {integrationEvent.ResultId}",
            cancellationToken);
        if (updated == 0) throw new InvalidOperationException($"Result {integrationEvent.ResultId} was removed before its attestation reached the read model.");
    }
}

/// <summary>A fee-paying term (betalande student) leaves the student's registrations and results of that term out of the funded figures.</summary>
public sealed class FeePayingRecordedHandler(IDbContextFactory<ReportingDbContext> databases) : IIntegrationEventHandler<FeePayingRecorded>
{
    public async Task HandleAsync(FeePayingRecorded integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (student, term) = (integrationEvent.StudentId, integrationEvent.Term);
        if (integrationEvent.IsFeePaying)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO reporting.fee_paying_terms (student_id, term) VALUES ({student}, {term}) ON CONFLICT DO NOTHING", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM reporting.fee_paying_terms WHERE student_id = {student} AND term = {term}", cancellationToken);
        }
    }
}
