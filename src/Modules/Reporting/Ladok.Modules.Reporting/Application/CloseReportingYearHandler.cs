using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

public sealed record CloseReportingYearCommand(int Year, string ClosedBy);

/// <summary>
/// Closes a reporting year at the cut-off (brytdatum): freezes its funded HST and HPR per department, course and educational area,
/// as <c>fullTimeEquivalents</c> counts them at this instant, so the figures sent to UKÄ never change; what moves later is
/// reported as corrections (ADR 0019). A year closed before is a CONFLICT; the current year and later ones VALIDATION.
/// </summary>
public sealed class CloseReportingYearHandler(IUnitOfWork<ReportingDbContext> unit, TimeProvider clock)
    : ICommandHandler<CloseReportingYearCommand, ClosedYear>
{
    public async Task<Outcome<ClosedYear>> HandleAsync(CloseReportingYearCommand command, CancellationToken cancellationToken)
    {
        var closed = ClosedYear.Close(command.Year, command.ClosedBy, clock.GetUtcNow(), clock.LocalTimeZone);
        if (!closed.Succeeded) return closed;
        var year = closed.Value!;
        var alreadyClosed = DomainError.Of(ReportingReasons.YearClosed, nameof(command.Year), year.Year);
        var db = unit.Db;
        if (await db.ClosedYears.AnyAsync(y => y.Year == year.Year, cancellationToken)) return alreadyClosed;

        // From the primary, not the replica: the figures are the read model's at the close.
        var period = ReportingPeriod.From(year.Year, null).Value!;
        var figures = await FullTimeEquivalentsReader.FundedFiguresAsync(db, period, null, cancellationToken);
        db.ClosedYears.Add(year);
        foreach (var course in figures)
        {
            db.FrozenFigures.Add(new FrozenFigures
            {
                Year = year.Year, DepartmentId = course.DepartmentId, CourseCode = course.CourseCode, Hst = course.Hst, Hpr = course.Hpr,
            });
            db.FrozenAreaFigures.AddRange(course.Areas.Select(a => new FrozenAreaFigures
            {
                Year = year.Year, DepartmentId = course.DepartmentId, CourseCode = course.CourseCode, Area = a.Area, Hst = a.Hst, Hpr = a.Hpr,
            }));
        }
        // Two administrators closing at once: the second save meets the first one's key.
        unit.OnDuplicate(alreadyClosed);
        return closed;
    }
}
