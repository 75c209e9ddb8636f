using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>The Records module's answer to other modules and plugins, in Contracts types only.</summary>
public sealed class RecordsFacade(IDbContextFactory<RecordsDbContext> databases) : IRecordsQueries
{
    public async Task<StudentInfo?> GetStudentAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Students.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StudentInfo(s.Id, s.IdentityNumber, s.FirstName, s.LastName))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
