namespace Ladok.Modules.Catalogue.Application;

/// <summary>Without educational areas the course is <see cref="Domain.EducationalAreaShare.Unclassified"/>.</summary>
public sealed record CreateCourseCommand(
    string Code, string NameSv, string NameEn, string DepartmentCode, Domain.EducationLevel Level,
    Domain.FinancingForm FinancingForm = Domain.FinancingForm.Ordinary, IReadOnlyList<Domain.EducationalAreaShare>? EducationalAreas = null,
    string? SubjectGroup = null);

public sealed record ModuleCommand(string Code, string NameSv, string NameEn, decimal Credits, string GradingScaleCode);

public sealed record CreateCourseVersionCommand(
    Guid CourseId, decimal Credits, string GradingScaleCode, string ValidFrom, bool RequiresProjectTitle, IReadOnlyList<ModuleCommand> Modules);

/// <summary>Without a department code the offering is given by the course's own department; it is on campus, with no place, unless told.</summary>
public sealed record CreateOfferingCommand(
    Guid CourseVersionId, string Code, string Term, DateOnly StartDate, DateOnly EndDate, int PacePercent, string? DepartmentCode,
    Domain.StudyForm StudyForm = Domain.StudyForm.Campus, string Place = "");

/// <summary>What is left out (null) stays as it is.</summary>
public sealed record UpdateOfferingCommand(
    Guid OfferingId, uint Version, DateOnly? StartDate, DateOnly? EndDate, int? PacePercent, Contracts.OfferingState? Status,
    Domain.StudyForm? StudyForm = null, string? Place = null);

/// <summary>Sets the days students may register themselves on an offering, or clears them (both null).</summary>
public sealed record SetRegistrationWindowCommand(Guid OfferingId, DateOnly? Opens, DateOnly? Closes);

/// <summary>Without a version the change is made whatever the course's version; with one, a stale version is a CONFLICT.</summary>
public sealed record ChangeCourseFundingCommand(
    Guid CourseId, Domain.FinancingForm FinancingForm, IReadOnlyList<Domain.EducationalAreaShare> EducationalAreas, uint? Version);

/// <summary>A null subject group takes the classification away; without a version the change is made whatever the course's version.</summary>
public sealed record ChangeCourseSubjectGroupCommand(Guid CourseId, string? SubjectGroup, uint? Version);
