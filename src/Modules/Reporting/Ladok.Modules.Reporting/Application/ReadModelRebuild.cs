using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Kernel.Data;
using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// Recreates the read model from the Records module's facade, making each fact with the same
/// <see cref="Facts"/> the event handlers use but writing them with binary COPY, in one
/// transaction: dropouts, withdrawals and removals are read first, so each fact is written once,
/// complete; then the courses' educational areas and the fee-paying terms. Catalogue lookups are cached per offering and course version. Run it when nothing is
/// being reported: figures read during the rebuild are partial.
/// </summary>
public sealed class ReadModelRebuild(
    IDbContextFactory<ReportingDbContext> databases, IRecordsQueries records, ICatalogueQueries catalogue, TimeProvider clock,
    ILogger<ReadModelRebuild> logger)
{
    /// <summary>Rebuilds, showing each table's rows to <paramref name="progress"/> as they are written.</summary>
    public async Task<(int Registrations, int Results)> RunAsync(IProgressSteps progress, CancellationToken cancellationToken)
    {
        var earlyDropouts = new HashSet<Guid>();
        await foreach (var dropout in records.AllDropoutsAsync(cancellationToken))
        {
            if (dropout.IsEarly) earlyDropouts.Add(dropout.RegistrationId);
        }
        var withdrawn = new HashSet<Guid>();
        await foreach (var withdrawal in records.AllWithdrawalsAsync(cancellationToken)) withdrawn.Add(withdrawal.RegistrationId);
        var removedAt = new Dictionary<Guid, DateTimeOffset>();
        await foreach (var removal in records.AllRemovedResultsAsync(cancellationToken)) removedAt[removal.ResultId] = removal.RemovedAt;

        var lookups = new CatalogueLookups(catalogue);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE reporting.registrations, reporting.results, reporting.course_areas, reporting.fee_paying_terms", cancellationToken);
        long registrations, results;
        using (var step = progress.Start("Registrations"))
        {
            registrations = await db.InsertAsync(
                Counted(RegistrationFactsAsync(lookups, earlyDropouts, withdrawn, cancellationToken), step), cancellationToken);
        }
        using (var step = progress.Start("Results"))
        {
            results = await db.InsertAsync(Counted(ResultFactsAsync(lookups, removedAt, cancellationToken), step), cancellationToken);
        }
        using (var step = progress.Start("Courses and fee-paying terms"))
        {
            var areas = await db.InsertAsync(lookups.Courses.SelectMany(CourseAreas.Of).ToAsyncEnumerable(), cancellationToken);
            var feePaying = await db.InsertAsync(FeePayingTermsAsync(cancellationToken), cancellationToken);
            step.Report(areas + feePaying, string.Create(CultureInfo.InvariantCulture, $"{areas:N0} course areas, {feePaying:N0} fee-paying terms written"));
        }
        await transaction.CommitAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "ANALYZE reporting.registrations; ANALYZE reporting.results; ANALYZE reporting.course_areas; ANALYZE reporting.fee_paying_terms",
            cancellationToken);

        logger.LogInformation("Rebuilt the reporting read model: {Registrations} registrations, {Results} attested results", registrations, results);
        return ((int)registrations, (int)results);
    }

    /// <summary>The facts as they come, reporting every 10,000th to the step.</summary>
    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> facts, IProgressStep step)
    {
        long count = 0;
        await foreach (var fact in facts)
        {
            yield return fact;
            if (++count % 10_000 == 0) step.Report(count, string.Create(CultureInfo.InvariantCulture, $"{count:N0} written"));
        }
        step.Report(count, string.Create(CultureInfo.InvariantCulture, $"{count:N0} written"));
    }

    private async IAsyncEnumerable<RegistrationFact> RegistrationFactsAsync(
        CatalogueLookups lookups, HashSet<Guid> earlyDropouts, HashSet<Guid> withdrawn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var registration in records.AllRegistrationsAsync(cancellationToken))
        {
            var offering = await lookups.OfferingAsync(registration, cancellationToken);
            var fact = Facts.Registration(registration, offering, await lookups.VersionAsync(offering.CourseVersionId, cancellationToken),
                await lookups.CourseAsync(registration.CourseId, cancellationToken));
            fact.EarlyDropout = earlyDropouts.Contains(registration.RegistrationId);
            fact.Withdrawn = withdrawn.Contains(registration.RegistrationId);
            yield return fact;
        }
    }

    private async IAsyncEnumerable<ResultFact> ResultFactsAsync(
        CatalogueLookups lookups, Dictionary<Guid, DateTimeOffset> removedAt, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in records.AllAttestedResultsAsync(cancellationToken))
        {
            var fact = Facts.Result(result, await lookups.VersionAsync(result.CourseVersionId, cancellationToken),
                await lookups.CourseAsync(result.CourseId, cancellationToken), clock);
            if (removedAt.TryGetValue(result.ResultId, out var removed))
            {
                (fact.RemovedOn, fact.RemovedAt) = (Facts.LocalDate(removed, clock), removed.ToUniversalTime());
            }
            yield return fact;
        }
    }

    private async IAsyncEnumerable<FeePayingTermFact> FeePayingTermsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var term in records.AllFeePayingTermsAsync(cancellationToken))
        {
            if (term.IsFeePaying) yield return new FeePayingTermFact { StudentId = term.StudentId, Term = term.Term };
        }
    }

    /// <summary>The Catalogue's offerings, course versions and courses, each asked for once.</summary>
    private sealed class CatalogueLookups(ICatalogueQueries catalogue)
    {
        private readonly Dictionary<Guid, OfferingInfo> offerings = [];
        private readonly Dictionary<Guid, CourseVersionInfo> versions = [];
        private readonly Dictionary<Guid, CourseInfo> courses = [];

        /// <summary>Every course asked for so far.</summary>
        public IEnumerable<CourseInfo> Courses => courses.Values;

        public async Task<CourseInfo> CourseAsync(Guid id, CancellationToken cancellationToken)
        {
            if (!courses.TryGetValue(id, out var course)) courses[id] = course = await CourseAreas.CourseAsync(catalogue, id, cancellationToken);
            return course;
        }

        public async Task<OfferingInfo> OfferingAsync(RegistrationRecorded registration, CancellationToken cancellationToken)
        {
            if (!offerings.TryGetValue(registration.OfferingId, out var offering))
            {
                offerings[registration.OfferingId] = offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
                    ?? throw new InvalidOperationException(
                        $"The Catalogue has no offering {registration.OfferingId} for registration {registration.RegistrationId}.");
            }
            return offering;
        }

        public async Task<CourseVersionInfo> VersionAsync(Guid id, CancellationToken cancellationToken)
        {
            if (!versions.TryGetValue(id, out var version))
            {
                versions[id] = version = await catalogue.GetCourseVersionAsync(id, cancellationToken)
                    ?? throw new InvalidOperationException($"The Catalogue has no course version {id}.");
            }
            return version;
        }
    }
}
