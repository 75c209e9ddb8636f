using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>The integration events a result's decisions publish.</summary>
internal static class ResultEvents
{
    public static ResultAttested Attested(Result r) =>
        new(r.Id, r.StudentId, r.RegistrationId, r.CourseId, r.CourseCode, r.CourseVersionId, r.ModuleCode, r.DepartmentId,
            r.Grade, r.IsPassing, r.Credits, r.ExaminationDate, r.DecidedAt!.Value, r.Origin.ToString());

    public static ResultRemoved Removed(Result r) => new(r.Id, r.StudentId, r.CourseId, r.ModuleCode, r.IsPassing, r.Credits, r.RemovedAt!.Value);
}
