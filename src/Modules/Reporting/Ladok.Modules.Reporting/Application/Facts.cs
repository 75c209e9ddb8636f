using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Domain;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// The read model's facts from the Records module's events and the Catalogue's facts: the one
/// place their rules live, for the event handlers and the rebuild alike.
/// </summary>
public static class Facts
{
    public static RegistrationFact Registration(RegistrationRecorded registration, OfferingInfo offering, CourseVersionInfo version) => new()
    {
        RegistrationId = registration.RegistrationId,
        StudentId = registration.StudentId,
        CourseId = registration.CourseId,
        CourseCode = registration.CourseCode,
        DepartmentId = registration.DepartmentId,
        Term = registration.Term,
        Kind = registration.Kind,
        OfferingId = offering.Id,
        StartDate = offering.StartDate,
        EndDate = offering.EndDate,
        CoversFrom = CoversFrom(registration.Term, offering),
        Credits = version.Credits,
    };

    /// <summary>
    /// Where a registration's share of its offering starts: the first day of its own term when that
    /// is a later term the offering runs in (an FO on an offering over several terms), otherwise the
    /// offering's start. Its share runs until the day before the student's next registration on the
    /// offering starts, or to the offering's end, which the HST reader works out.
    /// </summary>
    public static DateOnly CoversFrom(string registrationTerm, OfferingInfo offering) =>
        Term.TryParse(registrationTerm, out var term, out _) && term > offering.Term && term.FirstDay <= offering.EndDate
            ? term.FirstDay
            : offering.StartDate;

    public static ResultFact Result(ResultAttested result, CourseVersionInfo version, TimeProvider clock) => new()
    {
        ResultId = result.ResultId,
        StudentId = result.StudentId,
        CourseId = result.CourseId,
        CourseCode = result.CourseCode,
        DepartmentId = result.DepartmentId,
        ModuleCode = result.ModuleCode,
        Grade = result.Grade,
        Credits = result.Credits,
        IsPassing = result.IsPassing,
        // A course grade's credits are already in its modules' results, unless the version has no modules.
        CountsForHpr = result.ModuleCode is not null || version.Modules.Count == 0,
        DecidedOn = LocalDate(result.DecidedAt, clock),
    };

    /// <summary>The day in the university's time zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset at, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).DateTime);
}
