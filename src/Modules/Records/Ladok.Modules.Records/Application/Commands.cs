using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary><paramref name="CreatedBy"/> is the signed-in user's id.</summary>
public sealed record CreateStudentCommand(string IdentityNumber, bool IsInterim, string FirstName, string LastName, string? Email, string CreatedBy);

/// <summary><paramref name="RegisteredBy"/> is the signed-in user's id; their right is checked at the offering's department.</summary>
public sealed record RegisterStudentCommand(Guid StudentId, Guid OfferingId, RegistrationKind Kind, string RegisteredBy);
