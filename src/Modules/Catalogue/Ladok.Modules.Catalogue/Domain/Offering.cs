using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// Kurstillfälle: one run of a course version, starting in a term, given by a department at a
/// pace. Cancelled is final; a complete offering cannot be cancelled.
/// </summary>
public sealed class Offering
{
    private Offering()
    {
    }

    private Offering(Guid courseVersionId, string code, Term term, DateOnly startDate, DateOnly endDate, int pacePercent, Guid departmentId)
    {
        Id = Guid.CreateVersion7();
        CourseVersionId = courseVersionId;
        Code = code;
        Term = term;
        StartDate = startDate;
        EndDate = endDate;
        PacePercent = pacePercent;
        DepartmentId = departmentId;
        Status = OfferingState.Planned;
    }

    public Guid Id { get; private set; }

    public Guid CourseVersionId { get; private set; }

    public string Code { get; private set; } = "";

    public Term Term { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int PacePercent { get; private set; }

    public Guid DepartmentId { get; private set; }

    public OfferingState Status { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): a write with a stale value is refused.</summary>
    public uint RowVersion { get; private set; }

    public static Outcome<Offering> Create(
        Guid courseVersionId, string code, Term term, DateOnly startDate, DateOnly endDate, int pacePercent, Guid departmentId)
    {
        var errors = Check(code, term, startDate, endDate, pacePercent);
        return errors.Count > 0
            ? Outcome<Offering>.Failure(errors)
            : Outcome<Offering>.Success(new Offering(courseVersionId, code, term, startDate, endDate, pacePercent, departmentId));
    }

    /// <summary>Changes dates, pace or status; the term stays, so the start date must stay inside it.</summary>
    public IReadOnlyList<DomainError> Update(DateOnly? startDate, DateOnly? endDate, int? pacePercent, OfferingState? status)
    {
        if (Status == OfferingState.Cancelled)
        {
            return [DomainError.Validation("A cancelled offering cannot be changed.", Field.Whole)];
        }

        var errors = Check(Code, Term, startDate ?? StartDate, endDate ?? EndDate, pacePercent ?? PacePercent);
        if (status == OfferingState.Cancelled && Status == OfferingState.Complete)
        {
            errors.Add(DomainError.Validation("A complete offering cannot be cancelled.", nameof(status)));
        }

        if (errors.Count > 0) return errors;

        StartDate = startDate ?? StartDate;
        EndDate = endDate ?? EndDate;
        PacePercent = pacePercent ?? PacePercent;
        Status = status ?? Status;
        return [];
    }

    private static List<DomainError> Check(string code, Term term, DateOnly startDate, DateOnly endDate, int pacePercent)
    {
        var errors = new[]
        {
            CatalogueRules.OfferingCode(code, Field.Of(nameof(code))),
            CatalogueRules.Pace(pacePercent, Field.Of(nameof(pacePercent))),
        }.OfType<DomainError>().ToList();

        if (endDate <= startDate)
        {
            errors.Add(DomainError.Validation($"The end date ({endDate:yyyy-MM-dd}) must be after the start date ({startDate:yyyy-MM-dd}).", nameof(endDate)));
        }

        if (!term.Contains(startDate))
        {
            errors.Add(DomainError.Validation(
                $"The start date {startDate:yyyy-MM-dd} is not in {term} ({term.FirstDay:yyyy-MM-dd} to {term.LastDay:yyyy-MM-dd}).", nameof(startDate)));
        }

        return errors;
    }
}
