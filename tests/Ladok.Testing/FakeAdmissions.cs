using Ladok.Modules.Records.Contracts;

namespace Ladok.Testing;

/// <summary>The admissions Records asks about when a student registers themself, for a module's tests: none until the test admits.</summary>
public sealed class FakeAdmissions : IAdmissionStandings
{
    private readonly Dictionary<(Guid Student, Guid Offering), AdmissionStanding> standings = [];

    /// <summary>The student stands so on the offering's admission (admitted unless told).</summary>
    public void Admit(Guid studentId, Guid offeringId, AdmissionStanding standing = AdmissionStanding.Admitted) =>
        standings[(studentId, offeringId)] = standing;

    public Task<AdmissionStanding> StandingAsync(Guid studentId, Guid offeringId, CancellationToken cancellationToken) =>
        Task.FromResult(standings.GetValueOrDefault((studentId, offeringId), AdmissionStanding.None));
}
