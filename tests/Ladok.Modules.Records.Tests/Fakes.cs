using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Records.Tests;

/// <summary>The Catalogue's facade over UMU → TEKNAT → DV, MA with an offering at each department and a cancelled one at DV.</summary>
internal sealed class FakeCatalogue : ICatalogueQueries
{
    public static readonly Guid Umu = Guid.NewGuid(), Teknat = Guid.NewGuid(), Dv = Guid.NewGuid(), Ma = Guid.NewGuid();
    private static readonly Guid Programming = Guid.NewGuid(), Calculus = Guid.NewGuid();

    public static readonly OfferingInfo DvAutumn = Offering(Programming, "5DV001", "10001", new Term(TermSeason.Autumn, 2025), Dv, OfferingState.Started);
    public static readonly OfferingInfo DvSpring = Offering(Programming, "5DV001", "20001", new Term(TermSeason.Spring, 2026), Dv, OfferingState.Planned);
    public static readonly OfferingInfo DvCancelled = Offering(Programming, "5DV001", "20002", new Term(TermSeason.Spring, 2026), Dv, OfferingState.Cancelled);
    public static readonly OfferingInfo MaAutumn = Offering(Calculus, "5MA001", "10002", new Term(TermSeason.Autumn, 2025), Ma, OfferingState.Started);

    private static readonly OfferingInfo[] Offerings = [DvAutumn, DvSpring, DvCancelled, MaAutumn];

    private static readonly OrganisationUnitInfo[] Units =
    [
        new(Umu, "UMU", "Umeå University", []),
        new(Teknat, "TEKNAT", "Faculty of Science and Technology", [Umu]),
        new(Dv, "DV", "Department of Computing Science", [Teknat, Umu]),
        new(Ma, "MA", "Department of Mathematics", [Teknat, Umu]),
    ];

    public Task<OfferingInfo?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken) =>
        Task.FromResult(Offerings.SingleOrDefault(o => o.Id == offeringId));

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Units.SingleOrDefault(u => u.Code == code));

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Units.SingleOrDefault(u => u.Id == id));

    public Task<CourseInfo?> GetCourseAsync(string code, CancellationToken cancellationToken) => Task.FromResult<CourseInfo?>(null);

    public Task<CourseVersionInfo?> GetCourseVersionAsync(Guid courseVersionId, CancellationToken cancellationToken) => Task.FromResult<CourseVersionInfo?>(null);

    private static OfferingInfo Offering(Guid courseId, string courseCode, string offeringCode, Term term, Guid department, OfferingState state) =>
        new(Guid.NewGuid(), Guid.NewGuid(), courseId, courseCode, offeringCode, term, term.FirstDay, term.LastDay, 100, department, state);
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

    public Task<bool> HasCourseRightAsync(string userId, CourseRightKind kind, Guid courseId, CancellationToken cancellationToken) => Task.FromResult(false);
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
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
