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
    public static RegistrationFact Registration(RegistrationRecorded registration, OfferingInfo offering, CourseVersionInfo version, CourseInfo course)
    {
        var (coversFrom, coversTo) = TermShare(registration.Term, offering);
        return new()
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
            CoversFrom = coversFrom,
            CoversTo = coversTo,
            Credits = version.Credits,
            Level = course.Level,
            FinancingForm = course.FinancingForm,
            PacePercent = offering.PacePercent,
            StudyForm = offering.StudyForm,
            Place = offering.Place,
        };
    }

    /// <summary>
    /// The days of its offering a registration covers: its own term's share only (UKÄ; a student must be registered in each
    /// term for that term's share to count), by the terms' teaching weeks (<see cref="StudyWeeks.TermShare"/>, ADR 0020). A term
    /// the offering does not run in (an OM registered afterwards, say) covers nothing: the end is the day before the start.
    /// </summary>
    public static (DateOnly From, DateOnly To) TermShare(string registrationTerm, OfferingInfo offering) =>
        Term.TryParse(registrationTerm, out var term, out _)
            ? StudyWeeks.TermShare(term, offering.Term, offering.StartDate, offering.EndDate)
            : (offering.StartDate, offering.EndDate);

    public static ResultFact Result(ResultAttested result, CourseVersionInfo version, CourseInfo course, TimeProvider clock) => new()
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
        // A course grade's credits are already in its modules' results, unless the version has no modules. A credit transfer
        // (tillgodoräknande) was not earned through examination here: never HPR (UKÄ).
        CountsForHpr = result.Origin != CreditTransferOrigin && (result.ModuleCode is not null || version.Modules.Count == 0),
        RegistrationId = result.RegistrationId,
        Level = course.Level,
        FinancingForm = course.FinancingForm,
        ExaminedOn = result.ExaminationDate,
        DecidedOn = LocalDate(result.DecidedAt, clock),
        DecidedAt = result.DecidedAt.ToUniversalTime(),
    };

    /// <summary>The origin <see cref="ResultAttested"/> gives a credit transfer.</summary>
    public const string CreditTransferOrigin = "CreditTransfer";

    /// <summary>The day in the university's time zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset at, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).DateTime);
}
