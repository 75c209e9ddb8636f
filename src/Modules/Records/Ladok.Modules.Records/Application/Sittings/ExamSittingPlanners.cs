using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>Who may change or cancel a sitting: a study administrator at its department (records.register) or a unit above it.</summary>
public sealed class ExamSittingPlanners(Registrars registrars)
{
    /// <summary>FORBIDDEN unless <paramref name="userId"/> may plan sittings at <paramref name="sitting"/>'s department.</summary>
    public Task<DomainError?> RefusedAsync(string userId, ExamSitting sitting, CancellationToken cancellationToken) =>
        registrars.RefusedAsync(userId, sitting.DepartmentId, RecordsReasons.PlanExamSittings, sitting.CourseCode, ExamSitting.Itself, cancellationToken);
}
