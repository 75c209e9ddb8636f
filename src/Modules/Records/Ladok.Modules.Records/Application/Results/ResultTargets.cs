using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Builds the <see cref="ResultTarget"/> a result's rules are checked against, asking the Catalogue through its facade.</summary>
public sealed class ResultTargets(ICatalogueQueries catalogue)
{
    /// <summary>The offering and its course version, or NOT_FOUND.</summary>
    public async Task<Outcome<(OfferingInfo Offering, CourseVersionInfo Version)>> OfferingAsync(
        Guid offeringId, Field field, CancellationToken cancellationToken)
    {
        var offering = await catalogue.GetOfferingAsync(offeringId, cancellationToken);
        if (offering is null) return DomainError.Of(KernelReasons.OfferingNotFound, field);
        var version = await catalogue.GetCourseVersionAsync(offering.CourseVersionId, cancellationToken);
        return version is null
            ? DomainError.Of(RecordsReasons.CourseVersionGone, field, $"{offering.CourseCode} {offering.Term}")
            : Outcome<(OfferingInfo, CourseVersionInfo)>.Success((offering, version));
    }

    /// <summary>The module with the code, or null for the course grade; a code the version lacks is NOT_FOUND naming the codes it has.</summary>
    public static Outcome<CourseModuleInfo?> Module(CourseVersionInfo version, string? moduleCode, Field field)
    {
        if (string.IsNullOrWhiteSpace(moduleCode)) return Outcome<CourseModuleInfo?>.Success(null);
        var module = version.Modules.FirstOrDefault(m => string.Equals(m.Code, moduleCode.Trim(), StringComparison.OrdinalIgnoreCase));
        return module is not null
            ? Outcome<CourseModuleInfo?>.Success(module)
            : DomainError.Of(
                RecordsReasons.ModuleNotFound, field, version.CourseCode, version.Number, moduleCode,
                version.Modules.Count == 0 ? RecordsReasons.NoModules : string.Join(", ", version.Modules.Select(m => m.Code)));
    }

    /// <summary>The module results in force of the students on the version, for the course-grade rule; empty when <paramref name="module"/> is given.</summary>
    public static async Task<ILookup<Guid, Result>> ModuleResultsInForceAsync(
        RecordsDbContext db, CourseVersionInfo version, CourseModuleInfo? module, IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken)
    {
        if (module is not null || version.Modules.Count == 0) return Array.Empty<Result>().ToLookup(r => r.StudentId);
        var inForce = await db.Results.AsNoTracking()
            .Where(r => studentIds.Contains(r.StudentId) && r.CourseVersionId == version.Id && r.ModuleId != null
                && (r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested))
            .ToListAsync(cancellationToken);
        return inForce.ToLookup(r => r.StudentId);
    }

    public static ResultTarget For(
        Registration registration, OfferingInfo offering, CourseVersionInfo version, CourseModuleInfo? module, IEnumerable<Result> moduleResultsInForce) =>
        new(registration.StudentId, registration.Id, offering.Id, offering.StartDate, registration.DepartmentId, version, module,
            moduleResultsInForce.ToList());
}
