using Ladok.Kernel.Errors;

namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// Ett låst räkenskapsår: a calendar year whose funded HST and HPR were frozen at the reporting cut-off (brytdatum, mid-January),
/// as UKÄ takes them for the annual report. Its figures never change; what changes after is reported as corrections (ADR 0019).
/// </summary>
public sealed class ClosedYear
{
    private ClosedYear()
    {
    }

    public int Year { get; private set; }

    /// <summary>The instant of the close: facts decided or removed after it are the corrections.</summary>
    public DateTimeOffset ClosedAt { get; private set; }

    public string ClosedBy { get; private set; } = "";

    /// <summary>
    /// Closes <paramref name="year"/> now. Only a year that has ended can be closed: the current year and later ones are refused,
    /// since their results are still being examined.
    /// </summary>
    public static Outcome<ClosedYear> Close(int year, string closedBy, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var period = ReportingPeriod.From(year, null);
        if (!period.Succeeded) return period.Errors[0] with { Field = Field.Of(nameof(Year)) };
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime);
        if (year > today.Year) return DomainError.Of(ReportingReasons.YearNotBegun, nameof(Year), year);
        if (year == today.Year)
        {
            return DomainError.Of(ReportingReasons.YearNotEnded, nameof(Year), year, year + 1);
        }
        // To the microsecond, as PostgreSQL keeps it, so the closed year answers the same before and after it is stored.
        var closedAt = new DateTimeOffset(now.Ticks - now.Ticks % 10, now.Offset);
        return Outcome<ClosedYear>.Success(new ClosedYear { Year = year, ClosedAt = closedAt, ClosedBy = closedBy });
    }
}
