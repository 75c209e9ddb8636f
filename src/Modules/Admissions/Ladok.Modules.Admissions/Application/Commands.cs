using Ladok.Modules.Admissions.Domain;

namespace Ladok.Modules.Admissions.Application;

/// <summary>A study administrator admits a student to an offering, or changes the admission (a reserve given a place, a condition met).</summary>
public sealed record AdmitStudentCommand(Guid StudentId, Guid OfferingId, AdmissionStatus Status, int? ReservePlace, string AdmittedBy);
