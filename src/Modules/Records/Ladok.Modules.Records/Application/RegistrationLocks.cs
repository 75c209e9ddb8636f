using Ladok.Kernel.Commands;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Serialises the writes on a student's registrations (study breaks, dropouts, withdrawals): each lock opens
/// the command's transaction and holds its rows until the command commits, so a second writer waits and
/// two overlapping breaks cannot both pass the check.
/// </summary>
public sealed class RegistrationLocks(IUnitOfWork<RecordsDbContext> unit)
{
    /// <summary>The registration with its study breaks, locked.</summary>
    public async Task<Registration?> RegistrationAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        await unit.BeginTransactionAsync(cancellationToken);
        await unit.Db.Database.ExecuteSqlAsync($"SELECT 1 FROM records.registrations WHERE id = {registrationId} FOR UPDATE", cancellationToken);
        return await unit.Db.Registrations.Include(r => r.StudyBreaks).SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
    }

    /// <summary>The programme registration with its study breaks, locked.</summary>
    public async Task<ProgrammeRegistration?> ProgrammeRegistrationAsync(Guid programmeRegistrationId, CancellationToken cancellationToken)
    {
        await unit.BeginTransactionAsync(cancellationToken);
        await unit.Db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM records.programme_registrations WHERE id = {programmeRegistrationId} FOR UPDATE", cancellationToken);
        return await unit.Db.ProgrammeRegistrations.Include(p => p.StudyBreaks).SingleOrDefaultAsync(p => p.Id == programmeRegistrationId, cancellationToken);
    }

    /// <summary>The student's registrations on the courses that are neither withdrawn nor dropped out, with their study breaks, locked.</summary>
    public async Task<List<Registration>> OpenOnCoursesAsync(Guid studentId, IReadOnlyCollection<Guid> courseIds, CancellationToken cancellationToken)
    {
        var ids = courseIds.ToList();
        await unit.BeginTransactionAsync(cancellationToken);
        await unit.Db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM records.registrations WHERE student_id = {studentId} AND course_id = ANY({ids}) FOR UPDATE", cancellationToken);
        return await unit.Db.Registrations.Include(r => r.StudyBreaks)
            .Where(r => r.StudentId == studentId && ids.Contains(r.CourseId) && r.WithdrawnOn == null && r.DroppedOutOn == null)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
    }
}
