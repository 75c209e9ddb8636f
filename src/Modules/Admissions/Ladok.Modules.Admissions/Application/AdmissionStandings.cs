using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Records.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Admissions.Application;

/// <summary>Answers Records' question when a student registers themself: how they stand on the offering's admission.</summary>
public sealed class AdmissionStandings(IDbContextFactory<AdmissionsDbContext> databases) : IAdmissionStandings
{
    public async Task<AdmissionStanding> StandingAsync(Guid studentId, Guid offeringId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var status = await db.Admissions.AsNoTracking().Where(a => a.StudentId == studentId && a.OfferingId == offeringId)
            .Select(a => (AdmissionStatus?)a.Status).SingleOrDefaultAsync(cancellationToken);
        return status switch
        {
            AdmissionStatus.Admitted => AdmissionStanding.Admitted,
            AdmissionStatus.ConditionallyAdmitted => AdmissionStanding.ConditionallyAdmitted,
            AdmissionStatus.Reserve => AdmissionStanding.Reserve,
            _ => AdmissionStanding.None,
        };
    }
}
