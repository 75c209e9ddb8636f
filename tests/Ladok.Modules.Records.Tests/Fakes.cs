using Ladok.Kernel.Periods;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Application.Results;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladok.Modules.Records.Tests;

/// <summary>The Catalogue's facade over UMU → TEKNAT → DV, MA with an offering at each department and a cancelled one at DV.</summary>
internal sealed class FakeCatalogue : ICatalogueQueries
{
    public static readonly Guid Umu = Guid.NewGuid(), Teknat = Guid.NewGuid(), Dv = Guid.NewGuid(), Ma = Guid.NewGuid();
    public static readonly Guid Programming = Guid.NewGuid(), Calculus = Guid.NewGuid(), Thesis = Guid.NewGuid();

    private static readonly GradingScaleInfo Ugvg = new(Guid.NewGuid(), "UGVG", [new(Guid.NewGuid(), "U", false), new(Guid.NewGuid(), "G", true), new(Guid.NewGuid(), "VG", true)]);
    private static readonly GradingScaleInfo Ug = new(Guid.NewGuid(), "UG", [new(Guid.NewGuid(), "U", false), new(Guid.NewGuid(), "G", true)]);

    /// <summary>5DV001 version 1: 7.5 hp on U/G/VG, modules 0001 (4.5 hp, U/G/VG) and 0002 (3 hp, U/G).</summary>
    public static readonly CourseVersionInfo ProgrammingV1 = new(Guid.NewGuid(), Programming, "5DV001", 1, 7.5m, Ugvg, false,
        [new(Guid.NewGuid(), "0001", 4.5m, Ugvg), new(Guid.NewGuid(), "0002", 3.0m, Ug)]);

    /// <summary>5MA001 version 1: 7.5 hp on U/G/VG, no modules.</summary>
    public static readonly CourseVersionInfo CalculusV1 = new(Guid.NewGuid(), Calculus, "5MA001", 1, 7.5m, Ugvg, false, []);

    /// <summary>5DV999, a degree project: 30 hp on U/G, a project title needed, one module.</summary>
    public static readonly CourseVersionInfo ThesisV1 = new(Guid.NewGuid(), Thesis, "5DV999", 1, 30m, Ug, true, [new(Guid.NewGuid(), "0001", 30m, Ug)]);

    private static readonly CourseVersionInfo[] Versions = [ProgrammingV1, CalculusV1, ThesisV1];

    public static readonly OfferingInfo DvAutumn = Offering(ProgrammingV1, "10001", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started);
    public static readonly OfferingInfo DvSpring = Offering(ProgrammingV1, "20001", new Term(TermSeason.Spring, 2026), Dv, OfferingState.Planned);
    public static readonly OfferingInfo DvCancelled = Offering(ProgrammingV1, "20002", new Term(TermSeason.Spring, 2026), Dv, OfferingState.Cancelled);
    public static readonly OfferingInfo MaAutumn = Offering(CalculusV1, "10002", new Term(TermSeason.Autumn, 2025), Ma, OfferingState.Started);
    public static readonly OfferingInfo ThesisAutumn = Offering(ThesisV1, "10003", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started);

    /// <summary>5MA001 HT2025, a second run at MA, used only by the participants filter test.</summary>
    public static readonly OfferingInfo MaEvening = Offering(CalculusV1, "10004", new Term(TermSeason.Autumn, 2025), Ma, OfferingState.Started);

    /// <summary>Half pace over the autumn and the spring: FFG in HT2025, then FO in VT2026 on the same offering.</summary>
    public static readonly OfferingInfo DvTwoTerms = Offering(ProgrammingV1, "10005", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started) with
    {
        StartDate = new DateOnly(2025, 9, 1), EndDate = new DateOnly(2026, 6, 5), PacePercent = 50,
    };

    private static readonly OfferingInfo[] Offerings = [DvAutumn, DvSpring, DvCancelled, MaAutumn, ThesisAutumn, MaEvening, DvTwoTerms];

    private static readonly OrganisationUnitInfo[] Units =
    [
        new(Umu, "UMU", "Umeå University", []),
        new(Teknat, "TEKNAT", "Faculty of Science and Technology", [Umu]),
        new(Dv, "DV", "Department of Computing Science", [Teknat, Umu]),
        new(Ma, "MA", "Department of Mathematics", [Teknat, Umu]),
    ];

    /// <summary>TDVPRG at DV: 5DV001 and 5MA001 (not the degree project).</summary>
    public static readonly ProgrammeInfo ComputingProgramme = new(Guid.NewGuid(), "TDVPRG", "Computing Science Programme", 180m, Dv, [Programming, Calculus]);

    public Task<ProgrammeInfo?> GetProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        Task.FromResult(programmeId == ComputingProgramme.Id ? ComputingProgramme : null);

    public Task<OfferingInfo?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken) =>
        Task.FromResult(Offerings.SingleOrDefault(o => o.Id == offeringId));

    public Task<IReadOnlyList<OfferingInfo>> GetOfferingsAsync(string courseCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OfferingInfo>>(Offerings.Where(o => o.CourseCode == courseCode).OrderBy(o => o.StartDate).ToList());

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Units.SingleOrDefault(u => u.Code == code));

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Units.SingleOrDefault(u => u.Id == id));

    public Task<IReadOnlyDictionary<Guid, CourseInfo>> GetCoursesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, CourseInfo>>(Versions.Where(v => ids.Contains(v.CourseId))
            .ToDictionary(v => v.CourseId, v => new CourseInfo(v.CourseId, v.CourseCode, v.CourseCode, v.CourseCode, v == CalculusV1 ? Ma : Dv) { Level = "FirstCycle" }));

    public Task<CourseInfo?> GetCourseAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Versions.Where(v => v.CourseCode == code).Select(v => new CourseInfo(v.CourseId, v.CourseCode, v.CourseCode, v.CourseCode, v == CalculusV1 ? Ma : Dv)).FirstOrDefault());

    public Task<CourseVersionInfo?> GetCourseVersionAsync(Guid courseVersionId, CancellationToken cancellationToken) =>
        Task.FromResult(Versions.SingleOrDefault(v => v.Id == courseVersionId));

    private static OfferingInfo Offering(CourseVersionInfo version, string offeringCode, Term term, Guid department, OfferingState state) =>
        new(Guid.NewGuid(), version.Id, version.CourseId, version.CourseCode, offeringCode, term, term.FirstDay, term.LastDay, 100, department, state);
}

/// <summary>The Permissions module's facade: a user holds a function at the units given to them and every unit below.</summary>
internal sealed class FakePermissions : IPermissionQueries
{
    private readonly Dictionary<(string User, string Policy), HashSet<Guid>> grants = [];

    public void Grant(string userId, string policy, Guid unit)
    {
        if (!grants.TryGetValue((userId, policy), out var units)) grants[(userId, policy)] = units = [];
        units.Add(unit);
    }

    public async Task<bool> HasFunctionAtAsync(string userId, string policy, Guid organisationUnitId, CancellationToken cancellationToken)
    {
        if (!grants.TryGetValue((userId, policy), out var units)) return false;
        var unit = await new FakeCatalogue().GetOrganisationUnitAsync(organisationUnitId, cancellationToken);
        return unit is not null && (units.Contains(unit.Id) || unit.Ancestors.Any(units.Contains));
    }

    private readonly HashSet<(string User, CourseRightKind Kind, Guid Course)> courseRights = [];

    public Task<bool> HasFunctionAnywhereAsync(string userId, string policy, CancellationToken cancellationToken) =>
        Task.FromResult(grants.TryGetValue((userId, policy), out var units) && units.Count > 0);

    public void GrantCourseRight(string userId, CourseRightKind kind, Guid courseId) => courseRights.Add((userId, kind, courseId));

    public Task<bool> HasCourseRightAsync(string userId, CourseRightKind kind, Guid courseId, CancellationToken cancellationToken) =>
        Task.FromResult(courseRights.Contains((userId, kind, courseId)));
}

/// <summary>The result rules of a university whose plugins add none, or of one that adds <paramref name="rules"/>.</summary>
internal static class TestResultRules
{
    public static ResultRules Of(ICatalogueQueries catalogue, TimeProvider clock, params PluginExtension<IResultRule>[] rules) =>
        new(rules.Length == 0 ? PluginExtensions<IResultRule>.None : new PluginExtensions<IResultRule>(rules, TimeSpan.FromSeconds(5)),
            catalogue, clock, NullLogger<ResultRules>.Instance);
}

/// <summary>Valid numbers for tests: the check digit computed, not copied.</summary>
internal static class Numbers
{
    /// <summary><c>YYMMDD-NNNC</c> with the right check digit for the nine digits given.</summary>
    public static string Personal(string yymmddnnn) => $"{yymmddnnn[..6]}-{yymmddnnn[6..]}{Luhn(yymmddnnn)}";

    public static int Luhn(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
