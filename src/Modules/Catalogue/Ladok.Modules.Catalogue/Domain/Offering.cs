using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// Kurstillfälle: one run of a course version, starting in a term, given by a department at a
/// pace, on campus or at a distance, in a place (studieort). Cancelled is final; a complete offering cannot be cancelled.
/// </summary>
public sealed class Offering
{
    private Offering()
    {
    }

    private Offering(
        Guid courseVersionId, string code, Term term, DateOnly startDate, DateOnly endDate, int pacePercent, Guid departmentId, StudyForm studyForm,
        string place)
    {
        Id = Guid.CreateVersion7();
        CourseVersionId = courseVersionId;
        Code = code;
        Term = term;
        StartDate = startDate;
        EndDate = endDate;
        PacePercent = pacePercent;
        DepartmentId = departmentId;
        StudyForm = studyForm;
        Place = place;
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

    /// <summary>Studieform: on campus (normal) or at a distance, as SCB's individual records have it.</summary>
    public StudyForm StudyForm { get; private set; }

    /// <summary>Studieort: where the offering is given, such as Umeå or Skellefteå; empty when not given.</summary>
    public string Place { get; private set; } = "";

    public OfferingState Status { get; private set; }

    /// <summary>
    /// The first day students may register themselves on the offering (registreringsperiod); null while the university has set
    /// no window, when only a study administrator registers.
    /// </summary>
    public DateOnly? RegistrationOpens { get; private set; }

    /// <summary>The last day students may register themselves; null when no window is set.</summary>
    public DateOnly? RegistrationCloses { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): a write with a stale value is refused.</summary>
    public uint RowVersion { get; private set; }

    /// <summary>A new offering, on campus and with no place unless given; the place is trimmed.</summary>
    public static Outcome<Offering> Create(
        Guid courseVersionId, string code, Term term, DateOnly startDate, DateOnly endDate, int pacePercent, Guid departmentId,
        StudyForm studyForm = StudyForm.Campus, string place = "")
    {
        place = place.Trim();
        var errors = Check(code, term, startDate, endDate, pacePercent);
        if (CatalogueRules.Place(place, Field.Of(nameof(place))) is { } placeError) errors.Add(placeError);
        return errors.Count > 0
            ? Outcome<Offering>.Failure(errors)
            : Outcome<Offering>.Success(new Offering(courseVersionId, code, term, startDate, endDate, pacePercent, departmentId, studyForm, place));
    }

    /// <summary>Changes dates, pace, study form, place or status; the term stays, so the start date must stay inside it.</summary>
    public IReadOnlyList<DomainError> Update(
        DateOnly? startDate, DateOnly? endDate, int? pacePercent, OfferingState? status, StudyForm? studyForm = null, string? place = null)
    {
        if (Status == OfferingState.Cancelled)
        {
            return [DomainError.Of(CatalogueReasons.OfferingCancelled, Field.Whole)];
        }

        var errors = Check(Code, Term, startDate ?? StartDate, endDate ?? EndDate, pacePercent ?? PacePercent);
        place = place?.Trim();
        if (place is not null && CatalogueRules.Place(place, Field.Of(nameof(place))) is { } placeError) errors.Add(placeError);
        if (status == OfferingState.Cancelled && Status == OfferingState.Complete)
        {
            errors.Add(DomainError.Of(CatalogueReasons.OfferingComplete, nameof(status)));
        }

        if (errors.Count > 0) return errors;

        StartDate = startDate ?? StartDate;
        EndDate = endDate ?? EndDate;
        PacePercent = pacePercent ?? PacePercent;
        StudyForm = studyForm ?? StudyForm;
        Place = place ?? Place;
        Status = status ?? Status;
        return [];
    }

    /// <summary>
    /// Sets the days students may register themselves, both or neither (no window: only a study administrator registers). The
    /// window closes on or after it opens, and not after the offering ends: a registration is for a term the offering runs in.
    /// </summary>
    public IReadOnlyList<DomainError> SetRegistrationWindow(DateOnly? opens, DateOnly? closes)
    {
        if (Status == OfferingState.Cancelled) return [DomainError.Of(CatalogueReasons.OfferingCancelled, Field.Whole)];
        if (opens is null != closes is null)
        {
            return [DomainError.Of(CatalogueReasons.RegistrationWindowHalf, opens is null ? nameof(opens) : nameof(closes))];
        }

        if (opens is { } first && closes is { } last)
        {
            if (last < first) return [DomainError.Of(CatalogueReasons.RegistrationWindowBackwards, nameof(closes), first, last)];
            if (last > EndDate) return [DomainError.Of(CatalogueReasons.RegistrationWindowAfterEnd, nameof(closes), last, EndDate)];
        }

        RegistrationOpens = opens;
        RegistrationCloses = closes;
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
            errors.Add(DomainError.Of(CatalogueReasons.EndBeforeStart, nameof(endDate), endDate, startDate));
        }

        if (!term.Contains(startDate))
        {
            errors.Add(DomainError.Of(CatalogueReasons.StartOutsideTerm, nameof(startDate), startDate, term, term.FirstDay, term.LastDay));
        }

        return errors;
    }
}
