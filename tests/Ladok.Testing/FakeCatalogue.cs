using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Testing;

/// <summary>
/// The Catalogue's facade for a module's tests. <c>new FakeCatalogue()</c> is a small Umeå: UMU → TEKNAT → DV, MA with the
/// courses, offerings and programme below (the static members name them); <c>new FakeCatalogue(units)</c> is the tree given
/// and no courses. Either way a test adds courses of its own with <see cref="Course"/>.
/// </summary>
public sealed class FakeCatalogue : ICatalogueQueries
{
    public sealed record FakeCourse(OfferingInfo Offering, CourseVersionInfo Version);

    public static readonly Guid Umu = Guid.NewGuid(), Teknat = Guid.NewGuid(), Dv = Guid.NewGuid(), Ma = Guid.NewGuid();
    public static readonly Guid Programming = Guid.NewGuid(), Calculus = Guid.NewGuid(), Thesis = Guid.NewGuid();

    private static readonly GradingScaleInfo Ugvg = new(
        Guid.NewGuid(), "UGVG", [new(Guid.NewGuid(), "U", false), new(Guid.NewGuid(), "G", true), new(Guid.NewGuid(), "VG", true)]);
    private static readonly GradingScaleInfo Ug = new(Guid.NewGuid(), "UG", [new(Guid.NewGuid(), "U", false), new(Guid.NewGuid(), "G", true)]);

    /// <summary>5DV001 version 1 at DV: 7.5 hp on U/G/VG, modules 0001 (4.5 hp, U/G/VG) and 0002 (3 hp, U/G).</summary>
    public static readonly CourseVersionInfo ProgrammingV1 = new(Guid.NewGuid(), Programming, "5DV001", 1, 7.5m, Ugvg, false,
        [new(Guid.NewGuid(), "0001", 4.5m, Ugvg), new(Guid.NewGuid(), "0002", 3.0m, Ug)]);

    /// <summary>5MA001 version 1 at MA: 7.5 hp on U/G/VG, no modules.</summary>
    public static readonly CourseVersionInfo CalculusV1 = new(Guid.NewGuid(), Calculus, "5MA001", 1, 7.5m, Ugvg, false, []);

    /// <summary>5DV999 at DV, a degree project: 30 hp on U/G, a project title needed, one module.</summary>
    public static readonly CourseVersionInfo ThesisV1 = new(Guid.NewGuid(), Thesis, "5DV999", 1, 30m, Ug, true, [new(Guid.NewGuid(), "0001", 30m, Ug)]);

    public static readonly OfferingInfo DvAutumn = Offering(ProgrammingV1, "10001", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started);
    public static readonly OfferingInfo DvSpring = Offering(ProgrammingV1, "20001", new Term(TermSeason.Spring, 2026), Dv, OfferingState.Planned);
    public static readonly OfferingInfo DvCancelled = Offering(ProgrammingV1, "20002", new Term(TermSeason.Spring, 2026), Dv, OfferingState.Cancelled);
    public static readonly OfferingInfo MaAutumn = Offering(CalculusV1, "10002", new Term(TermSeason.Autumn, 2025), Ma, OfferingState.Started);
    public static readonly OfferingInfo ThesisAutumn = Offering(ThesisV1, "10003", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started);

    /// <summary>5MA001 HT2025, a second run at MA.</summary>
    public static readonly OfferingInfo MaEvening = Offering(CalculusV1, "10004", new Term(TermSeason.Autumn, 2025), Ma, OfferingState.Started);

    /// <summary>Half pace over the autumn and the spring: FFG in HT2025, then FO in VT2026 on the same offering.</summary>
    public static readonly OfferingInfo DvTwoTerms = Offering(ProgrammingV1, "10005", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started) with
    {
        StartDate = new DateOnly(2025, 9, 1), EndDate = new DateOnly(2026, 6, 5), PacePercent = 50,
    };

    /// <summary>TDVPRG at DV: 5DV001 and 5MA001 (not the degree project).</summary>
    public static readonly ProgrammeInfo ComputingProgramme = new(Guid.NewGuid(), "TDVPRG", "Computing Science Programme", 180m, Dv, [Programming, Calculus]);

    /// <summary>UMU → TEKNAT → DV, MA.</summary>
    public static IReadOnlyList<OrganisationUnitInfo> UmuUnits { get; } =
    [
        new(Umu, "UMU", "Umeå University", []),
        new(Teknat, "TEKNAT", "Faculty of Science and Technology", [Umu]),
        new(Dv, "DV", "Department of Computing Science", [Teknat, Umu]),
        new(Ma, "MA", "Department of Mathematics", [Teknat, Umu]),
    ];

    private readonly IReadOnlyList<OrganisationUnitInfo> units;
    private readonly List<(CourseInfo Course, CourseVersionInfo Version)> versions = [];
    private readonly List<OfferingInfo> offerings = [];
    private readonly List<ProgrammeInfo> programmes = [];

    /// <summary>The small Umeå: its tree, 5DV001, 5MA001 and 5DV999 with their offerings, and TDVPRG.</summary>
    public FakeCatalogue()
    {
        units = UmuUnits;
        versions.AddRange([
            (Named(ProgrammingV1, "Programmering", "Programming", Dv), ProgrammingV1),
            (Named(CalculusV1, "Analys", "Calculus", Ma), CalculusV1),
            (Named(ThesisV1, "Examensarbete", "Degree project", Dv), ThesisV1),
        ]);
        offerings.AddRange([DvAutumn, DvSpring, DvCancelled, MaAutumn, ThesisAutumn, MaEvening, DvTwoTerms]);
        programmes.Add(ComputingProgramme);
    }

    /// <summary>The organisation tree given, with no courses until the test adds them.</summary>
    public FakeCatalogue(IReadOnlyList<OrganisationUnitInfo> units) => this.units = units;

    /// <summary>
    /// Adds a course (U/G, <paramref name="modules"/> modules sharing its credits) with one offering at <paramref name="pacePercent"/> pace
    /// (100 % unless told), <paramref name="studyForm"/> and <paramref name="place"/>, at the <paramref name="level"/> and
    /// <paramref name="financingForm"/> given, in the educational <paramref name="areas"/> given (none when left out).
    /// </summary>
    public FakeCourse Course(
        string code, Guid department, decimal credits, DateOnly start, DateOnly end, int modules = 0,
        string level = "FirstCycle", string financingForm = "Ordinary", IReadOnlyList<EducationalAreaInfo>? areas = null,
        int pacePercent = 100, string studyForm = "Campus", string place = "", string? subjectGroup = null)
    {
        var scale = new GradingScaleInfo(Guid.NewGuid(), "U_G", [new(Guid.NewGuid(), "U", false), new(Guid.NewGuid(), "G", true)]);
        var version = new CourseVersionInfo(Guid.NewGuid(), Guid.NewGuid(), code, 1, credits, scale, false,
            Enumerable.Range(1, modules).Select(i => new CourseModuleInfo(Guid.NewGuid(), $"000{i}", credits / modules, scale)).ToList());
        var term = new Term(start.Month >= 7 ? TermSeason.Autumn : TermSeason.Spring, start.Year);
        var offering = new OfferingInfo(Guid.NewGuid(), version.Id, version.CourseId, code, "10001", term, start, end, pacePercent, department,
            OfferingState.Started) { StudyForm = studyForm, Place = place };
        var course = Named(version, $"Kurs {code}", $"Course {code}", department) with { Level = level, FinancingForm = financingForm,
            EducationalAreas = areas ?? [], SubjectGroup = subjectGroup };
        versions.Add((course, version));
        offerings.Add(offering);
        return new FakeCourse(offering, version);
    }

    /// <summary>Adds the next version of <paramref name="version"/>'s course, with one offering in <paramref name="term"/>.</summary>
    public OfferingInfo NextVersionOffering(CourseVersionInfo version, string offeringCode, Term term)
    {
        var next = version with { Id = Guid.NewGuid(), Number = version.Number + 1 };
        var department = versions.First(v => v.Version.Id == version.Id).Course.DepartmentId;
        var offering = new OfferingInfo(
            Guid.NewGuid(), next.Id, next.CourseId, next.CourseCode, offeringCode, term, term.FirstDay, term.LastDay, 100, department, OfferingState.Planned);
        versions.Add((versions.First(v => v.Version.Id == version.Id).Course, next));
        offerings.Add(offering);
        return offering;
    }

    /// <summary>Gives the offering a registration window (registreringsperiod) and answers with it from now on.</summary>
    public OfferingInfo WithRegistrationWindow(OfferingInfo offering, DateOnly opens, DateOnly closes)
    {
        var windowed = offering with { RegistrationOpens = opens, RegistrationCloses = closes };
        offerings[offerings.FindIndex(o => o.Id == offering.Id)] = windowed;
        return windowed;
    }

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(units.SingleOrDefault(u => u.Code == code));

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(units.SingleOrDefault(u => u.Id == id));

    public Task<ProgrammeInfo?> GetProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        Task.FromResult(programmes.SingleOrDefault(p => p.Id == programmeId));

    public Task<ProgrammeInfo?> GetProgrammeAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(programmes.SingleOrDefault(p => p.Code == code));

    public Task<OfferingInfo?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken) =>
        Task.FromResult(offerings.SingleOrDefault(o => o.Id == offeringId));

    public Task<IReadOnlyList<OfferingInfo>> GetOfferingsAsync(string courseCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OfferingInfo>>(offerings.Where(o => o.CourseCode == courseCode).OrderBy(o => o.StartDate).ToList());

    public Task<CourseVersionInfo?> GetCourseVersionAsync(Guid courseVersionId, CancellationToken cancellationToken) =>
        Task.FromResult(versions.Select(v => v.Version).SingleOrDefault(v => v.Id == courseVersionId));

    public Task<CourseInfo?> GetCourseAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(versions.Select(v => v.Course).FirstOrDefault(c => c.Code == code));

    public Task<IReadOnlyDictionary<Guid, CourseInfo>> GetCoursesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, CourseInfo>>(versions.Select(v => v.Course).Where(c => ids.Contains(c.Id)).DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id));

    /// <summary>Changes a course's financing form and educational areas, as <c>changeCourseFunding</c> does in the Catalogue.</summary>
    public void ChangeFunding(Guid courseId, string financingForm, IReadOnlyList<EducationalAreaInfo> areas)
    {
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].Course.Id == courseId)
            {
                versions[i] = (versions[i].Course with { FinancingForm = financingForm, EducationalAreas = areas }, versions[i].Version);
            }
        }
    }

    private static CourseInfo Named(CourseVersionInfo version, string nameSv, string nameEn, Guid department) =>
        new(version.CourseId, version.CourseCode, nameSv, nameEn, department) { Level = "FirstCycle" };

    private static OfferingInfo Offering(CourseVersionInfo version, string offeringCode, Term term, Guid department, OfferingState state) =>
        new(Guid.NewGuid(), version.Id, version.CourseId, version.CourseCode, offeringCode, term, term.FirstDay, term.LastDay, 100, department, state);
}
