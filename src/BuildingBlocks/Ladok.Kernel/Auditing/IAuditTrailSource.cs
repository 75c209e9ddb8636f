using System.Security.Claims;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Kernel.Auditing;

/// <summary>
/// A module's audit trail as the one <c>auditTrail</c> field reads it: the types (as global ids name
/// them) whose trail the module keeps, and who may read one. Records serves the field and asks the
/// source that keeps the subject's type.
/// </summary>
public interface IAuditTrailSource
{
    IReadOnlyCollection<string> SubjectTypes { get; }

    /// <summary>The subject's trail, oldest first; NOT_FOUND when the caller may not read it.</summary>
    Task<Outcome<Connection<AuditEntry>>> TrailAsync(
        string subjectType, Guid subjectId, ClaimsPrincipal caller, PageRequest page, CancellationToken cancellationToken);
}
