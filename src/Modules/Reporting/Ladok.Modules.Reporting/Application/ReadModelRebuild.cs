using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// Recreates the read model from the Records module's facade, computing each fact as the event
/// handlers do (<see cref="ResultAttestedHandler"/> and the others) but writing them with binary COPY: dropouts,
/// withdrawals and removals are read first, so each fact is written once, complete. Catalogue
/// lookups are cached per offering and course version. Run it when nothing is being reported:
/// figures read during the rebuild are partial.
/// </summary>
public sealed class ReadModelRebuild(
    IDbContextFactory<ReportingDbContext> databases, IRecordsQueries records, ICatalogueQueries catalogue, TimeProvider clock,
    ILogger<ReadModelRebuild> logger)
{
    public async Task<(int Registrations, int Results)> RunAsync(CancellationToken cancellationToken)
    {
        var earlyDropouts = new HashSet<Guid>();
        await foreach (var dropout in records.AllDropoutsAsync(cancellationToken))
        {
            if (dropout.IsEarly) earlyDropouts.Add(dropout.RegistrationId);
        }
        var withdrawn = new HashSet<Guid>();
        await foreach (var withdrawal in records.AllWithdrawalsAsync(cancellationToken)) withdrawn.Add(withdrawal.RegistrationId);
        var removedOn = new Dictionary<Guid, DateOnly>();
        await foreach (var removal in records.AllRemovedResultsAsync(cancellationToken)) removedOn[removal.ResultId] = LocalDate(removal.RemovedAt);

        var offerings = new Dictionary<Guid, OfferingInfo>();
        var versions = new Dictionary<Guid, CourseVersionInfo>();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var truncate = new NpgsqlCommand("TRUNCATE reporting.registrations, reporting.results", connection, transaction))
        {
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        }

        var registrationCount = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY reporting.registrations (registration_id, student_id, course_id, course_code, department_id, kind, start_date, end_date, credits, early_dropout, withdrawn) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            await foreach (var registration in records.AllRegistrationsAsync(cancellationToken))
            {
                if (!offerings.TryGetValue(registration.OfferingId, out var offering))
                {
                    offerings[registration.OfferingId] = offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
                        ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.RegistrationId}.");
                }
                var version = await VersionAsync(offering.CourseVersionId, cancellationToken);
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(registration.RegistrationId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(registration.StudentId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(registration.CourseId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(registration.CourseCode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(registration.DepartmentId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(registration.Kind, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(offering.StartDate, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(offering.EndDate, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(version.Credits, NpgsqlDbType.Numeric, cancellationToken);
                await importer.WriteAsync(earlyDropouts.Contains(registration.RegistrationId), NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync(withdrawn.Contains(registration.RegistrationId), NpgsqlDbType.Boolean, cancellationToken);
                registrationCount++;
            }
            await importer.CompleteAsync(cancellationToken);
        }

        var resultCount = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY reporting.results (result_id, student_id, course_id, course_code, department_id, credits, is_passing, counts_for_hpr, decided_on, removed_on) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            await foreach (var result in records.AllAttestedResultsAsync(cancellationToken))
            {
                var version = await VersionAsync(result.CourseVersionId, cancellationToken);
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(result.ResultId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(result.StudentId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(result.CourseId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(result.CourseCode, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(result.DepartmentId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(result.Credits, NpgsqlDbType.Numeric, cancellationToken);
                await importer.WriteAsync(result.IsPassing, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync(ResultAttestedHandler.CountsForHpr(result, version), NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync(LocalDate(result.DecidedAt), NpgsqlDbType.Date, cancellationToken);
                if (removedOn.TryGetValue(result.ResultId, out var removed)) await importer.WriteAsync(removed, NpgsqlDbType.Date, cancellationToken);
                else await importer.WriteNullAsync(cancellationToken);
                resultCount++;
            }
            await importer.CompleteAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        await using (var analyze = new NpgsqlCommand("ANALYZE reporting.registrations; ANALYZE reporting.results", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        logger.LogInformation("Rebuilt the reporting read model: {Registrations} registrations, {Results} attested results", registrationCount, resultCount);
        return (registrationCount, resultCount);

        async Task<CourseVersionInfo> VersionAsync(Guid id, CancellationToken ct)
        {
            if (!versions.TryGetValue(id, out var version))
            {
                versions[id] = version = await catalogue.GetCourseVersionAsync(id, ct)
                    ?? throw new InvalidOperationException($"The Catalogue has no course version {id}.");
            }
            return version;
        }
    }

    private DateOnly LocalDate(DateTimeOffset at) => ResultAttestedHandler.LocalDate(at, clock);
}
