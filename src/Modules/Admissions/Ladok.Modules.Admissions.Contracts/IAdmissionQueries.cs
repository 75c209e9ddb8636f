namespace Ladok.Modules.Admissions.Contracts;

/// <summary>What other modules may ask the Admissions module. They never read its tables.</summary>
public interface IAdmissionQueries
{
    /// <summary>A student's admissions, by the offering's start (as the Catalogue has it, latest recorded first).</summary>
    Task<IReadOnlyList<AdmissionInfo>> AdmissionsOfStudentAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>Every admission, by offering and then as recorded: what plugin reports read.</summary>
    IAsyncEnumerable<AdmissionInfo> AllAdmissionsAsync(CancellationToken cancellationToken);
}

/// <summary>Antagning: a student's admission to an offering.</summary>
/// <param name="Id">The admission's id.</param>
/// <param name="StudentId">The student (Records' id).</param>
/// <param name="OfferingId">The offering (the Catalogue's id).</param>
/// <param name="Status">Admitted, ConditionallyAdmitted or Reserve.</param>
/// <param name="ReservePlace">The place on the reserve list; null unless on it.</param>
public sealed record AdmissionInfo(Guid Id, Guid StudentId, Guid OfferingId, string Status, int? ReservePlace);
