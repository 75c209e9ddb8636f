using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Permissions.Tests;

/// <summary>The Catalogue's facade over a small tree: UMU → TEKNAT → DV, MA; 5DV001 at DV, 5MA001 at MA.</summary>
internal sealed class FakeCatalogue : ICatalogueQueries
{
    public static readonly Guid Umu = Guid.NewGuid(), Teknat = Guid.NewGuid(), Dv = Guid.NewGuid(), Ma = Guid.NewGuid();

    private static readonly OrganisationUnitInfo[] Units =
    [
        new(Umu, "UMU", "Umeå University", []),
        new(Teknat, "TEKNAT", "Faculty of Science and Technology", [Umu]),
        new(Dv, "DV", "Department of Computing Science", [Teknat, Umu]),
        new(Ma, "MA", "Department of Mathematics", [Teknat, Umu]),
    ];

    private static readonly CourseInfo[] Courses =
    [
        new(Guid.NewGuid(), "5DV001", "Programmering", "Programming", Dv),
        new(Guid.NewGuid(), "5MA001", "Analys", "Calculus", Ma),
    ];

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Units.SingleOrDefault(u => u.Code == code));

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Units.SingleOrDefault(u => u.Id == id));

    public Task<ProgrammeInfo?> GetProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) => Task.FromResult<ProgrammeInfo?>(null);

    public Task<IReadOnlyDictionary<Guid, CourseInfo>> GetCoursesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, CourseInfo>>(Courses.Where(c => ids.Contains(c.Id)).ToDictionary(c => c.Id));

    public Task<CourseInfo?> GetCourseAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Courses.SingleOrDefault(c => c.Code == code));

    public Task<OfferingInfo?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken) => Task.FromResult<OfferingInfo?>(null);

    public Task<IReadOnlyList<OfferingInfo>> GetOfferingsAsync(string courseCode, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<OfferingInfo>>([]);

    public Task<CourseVersionInfo?> GetCourseVersionAsync(Guid courseVersionId, CancellationToken cancellationToken) => Task.FromResult<CourseVersionInfo?>(null);
}

/// <summary>The Training module's facade: completions are set by the test.</summary>
internal sealed class FakeTraining : ITrainingQueries
{
    public const string Intro = "INTRO";

    private readonly Dictionary<string, HashSet<string>> completed = [];

    public void Complete(string userId, string code)
    {
        if (!completed.TryGetValue(userId, out var codes)) completed[userId] = codes = [];
        codes.Add(code);
    }

    public Task<IReadOnlySet<string>> CompletedTrainingCodesAsync(string userId, DateOnly asOf, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(completed.TryGetValue(userId, out var codes) ? codes : new HashSet<string>());

    public Task<IReadOnlyList<TrainingInfo>> TrainingsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TrainingInfo>>([new(Guid.NewGuid(), Intro, "Introducerande träff", "Introductory meeting", "STUDY_ADMINISTRATOR", null)]);
}

/// <summary>Umeå's rule: study administrators need the introductory meeting.</summary>
internal sealed class IntroRequired : IPermissionPrerequisites
{
    public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) => profileCode == "STUDY_ADMINISTRATOR" ? [FakeTraining.Intro] : [];
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
