namespace Ladok.Plugins.Sdk;

/// <summary>
/// Demo data a university plugin provides. The host feeds it through the same use cases as
/// the API, so invalid demo data fails start-up with the rule it breaks.
/// </summary>
/// <param name="OrganisationUnits">The organisation tree, parents before children.</param>
/// <param name="Courses">Courses with their versions, modules and offerings.</param>
/// <param name="Programmes">Programmes packaging the courses.</param>
public sealed record DemoUniversity(
    IReadOnlyList<DemoOrganisationUnit> OrganisationUnits,
    IReadOnlyList<DemoCourse> Courses,
    IReadOnlyList<DemoProgramme> Programmes)
{
    /// <summary>Staff trainings with their sessions (since SDK 1.1).</summary>
    public IReadOnlyList<DemoTraining> Trainings { get; init; } = [];

    /// <summary>Demo staff with their permissions, course rights and completed trainings (since SDK 1.1).</summary>
    public IReadOnlyList<DemoUser> Users { get; init; } = [];
}

/// <summary>Kind of organisation unit.</summary>
public enum DemoUnitKind
{
    /// <summary>The university itself, the root.</summary>
    University,

    /// <summary>A faculty (fakultet).</summary>
    Faculty,

    /// <summary>A department (institution): owns students' activity data.</summary>
    Department,
}

/// <summary>An organisation unit.</summary>
/// <param name="Code">Short code, for example <c>DV</c>.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Kind">University, faculty or department.</param>
/// <param name="ParentCode">The parent's code; null for the root.</param>
public sealed record DemoOrganisationUnit(string Code, string NameSv, string NameEn, DemoUnitKind Kind, string? ParentCode);

/// <summary>A course and its first version.</summary>
/// <param name="Code">Course code, for example <c>5DV001</c>.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DepartmentCode">The department that gives it.</param>
/// <param name="Level">Education level: <c>FirstCycle</c>, <c>SecondCycle</c> or <c>Doctoral</c>.</param>
/// <param name="Credits">Credits (hp) of the version.</param>
/// <param name="GradingScaleCode">Scale of the course grade, for example <c>U_G_VG</c>.</param>
/// <param name="ValidFrom">First term of the version, for example <c>HT2025</c>.</param>
/// <param name="Modules">The graded parts; their credits sum to the course's.</param>
/// <param name="Offerings">Runs of the version.</param>
/// <param name="RequiresProjectTitle">Whether results need a project title (degree projects).</param>
public sealed record DemoCourse(
    string Code, string NameSv, string NameEn, string DepartmentCode, string Level, decimal Credits, string GradingScaleCode,
    string ValidFrom, IReadOnlyList<DemoModule> Modules, IReadOnlyList<DemoOffering> Offerings, bool RequiresProjectTitle = false)
{
    /// <summary>Finansieringsform: <c>Ordinary</c> (the default) or <c>ContractEducation</c> (uppdragsutbildning).</summary>
    public string FinancingForm { get; init; } = "Ordinary";

    /// <summary>
    /// Utbildningsområden with shares summing to 1, such as <c>[new("NaturalSciences", 0.5m), new("Technology", 0.5m)]</c>; the names
    /// are the Catalogue's <c>EducationalArea</c> values. Left empty, the course is all <c>Other</c> until classified.
    /// </summary>
    public IReadOnlyList<DemoEducationalArea> EducationalAreas { get; init; } = [];

    /// <summary>SCB's subject group (ämnesgrupp), two capital letters and a digit such as <c>DA1</c>; null leaves the course unclassified.</summary>
    public string? SubjectGroup { get; init; }
}

/// <summary>A course's share in an educational area (utbildningsområde).</summary>
/// <param name="Area">The area's name, such as <c>NaturalSciences</c>.</param>
/// <param name="Share">Above 0, at most 1.</param>
public sealed record DemoEducationalArea(string Area, decimal Share);

/// <summary>A module of a course version.</summary>
/// <param name="Code">Module code, for example <c>0001</c>.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Credits">Credits (hp).</param>
/// <param name="GradingScaleCode">Scale of the module.</param>
public sealed record DemoModule(string Code, string NameSv, string NameEn, decimal Credits, string GradingScaleCode);

/// <summary>A course offering.</summary>
/// <param name="Code">Offering code, for example <c>10001</c>.</param>
/// <param name="Term">Start term, for example <c>HT2025</c>.</param>
/// <param name="StartDate">First day.</param>
/// <param name="EndDate">Last day.</param>
/// <param name="PacePercent">Study pace in percent of full time.</param>
public sealed record DemoOffering(string Code, string Term, DateOnly StartDate, DateOnly EndDate, int PacePercent);

/// <summary>A programme.</summary>
/// <param name="Code">Programme code.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Credits">Credits (hp).</param>
/// <param name="DepartmentCode">Responsible department.</param>
/// <param name="CourseCodes">The courses it packages.</param>
public sealed record DemoProgramme(string Code, string NameSv, string NameEn, decimal Credits, string DepartmentCode, IReadOnlyList<string> CourseCodes);

/// <summary>A staff training (utbildning för behörighet), for example the introductory meeting for study administrators.</summary>
/// <param name="Code">Stable code, for example <c>INTRO-STADM</c>.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ProfileCode">The permission profile it prepares for, for example <c>STUDY_ADMINISTRATOR</c>; null for general training.</param>
/// <param name="ValidForMonths">How long a completion counts; null for ever.</param>
/// <param name="Sessions">Scheduled sessions.</param>
public sealed record DemoTraining(
    string Code, string NameSv, string NameEn, string? ProfileCode, int? ValidForMonths, IReadOnlyList<DemoTrainingSession> Sessions);

/// <summary>A session of a training.</summary>
/// <param name="StartsAt">When it starts.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="Location">Where, or a link for an online session.</param>
/// <param name="Capacity">Seats.</param>
public sealed record DemoTrainingSession(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Location, int Capacity);

/// <summary>A demo member of staff, signed in with <see cref="UserId"/> (at Umeå, the Umu-id).</summary>
/// <param name="UserId">The user id the identity provider's token carries.</param>
/// <param name="Name">Full name.</param>
/// <param name="Grants">Permission profiles held, each at an organisation unit.</param>
/// <param name="CourseRights">Rights to report or attest results on courses.</param>
/// <param name="CompletedTrainings">Codes of the trainings completed.</param>
public sealed record DemoUser(
    string UserId, string Name, IReadOnlyList<DemoGrant> Grants, IReadOnlyList<DemoCourseRight> CourseRights, IReadOnlyList<string> CompletedTrainings);

/// <summary>A permission profile held at an organisation unit (and the units below it).</summary>
/// <param name="ProfileCode">For example <c>STUDY_ADMINISTRATOR</c>.</param>
/// <param name="OrganisationUnitCode">For example <c>DV</c>.</param>
public sealed record DemoGrant(string ProfileCode, string OrganisationUnitCode);

/// <summary>A right to report (<c>REPORT</c>) or attest (<c>ATTEST</c>) results on a course.</summary>
/// <param name="Kind"><c>REPORT</c> or <c>ATTEST</c>.</param>
/// <param name="CourseCode">For example <c>5DV001</c>.</param>
public sealed record DemoCourseRight(string Kind, string CourseCode);
