using Ladok.Kernel.Data;
using Ladok.Modules.Records.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// The migration that moves study breaks to programme registrations (ADR 0018), on rows written as the module stored them
/// before it: a break on a course registration of a student with a programme registration becomes that programme's break,
/// resuming in the term after it, with the place guaranteed; one without stays on the course as recorded, nothing lost.
/// </summary>
public sealed class StudyBreakMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Before = "20261129171005_OneOpenResultPerOffering";

    private static readonly Guid OnProgramme = Guid.NewGuid(), Alone = Guid.NewGuid(), Programme = Guid.NewGuid();
    private static readonly Guid AutumnCourse = Guid.NewGuid(), SpringCourse = Guid.NewGuid(), AloneCourse = Guid.NewGuid();
    private static readonly Guid AutumnBreak = Guid.NewGuid(), SpringBreak = Guid.NewGuid(), AloneBreak = Guid.NewGuid();

    private NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(Before);
        var (department, course) = (Guid.NewGuid(), Guid.NewGuid());
        // Rows as the module wrote them before the migration: plain SQL, since the EF model is the new one.
        var before = $"""
            INSERT INTO records.students (id, identity_number, kind, first_name, last_name, created_at, created_by) VALUES
                ('{OnProgramme}', '199001011234', 'Personal', 'Pia', 'Prog', '2025-06-01', 'seed'),
                ('{Alone}', '199001021234', 'Personal', 'Ola', 'Ensam', '2025-06-01', 'seed');
            INSERT INTO records.programme_registrations
                (id, student_id, programme_id, programme_code, department_id, start_term, registered_by, registered_at)
                VALUES ('{Programme}', '{OnProgramme}', '{Guid.NewGuid()}', 'TDVPRG', '{department}', 'HT2025', 'stadm', '2025-08-01');
            INSERT INTO records.registrations
                (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind, registered_at, registered_by) VALUES
                ('{AutumnCourse}', '{OnProgramme}', gen_random_uuid(), '{course}', '5DV001', '{department}', '10001', 'HT2025', 'FirstTime', '2025-08-20', 's'),
                ('{SpringCourse}', '{OnProgramme}', gen_random_uuid(), '{course}', '5MA001', '{department}', '10002', 'HT2025', 'FirstTime', '2025-08-20', 's'),
                ('{AloneCourse}', '{Alone}', gen_random_uuid(), '{course}', '5DV001', '{department}', '10001', 'HT2025', 'FirstTime', '2025-08-20', 's');
            INSERT INTO records.study_breaks (id, registration_id, "from", "to", reason, recorded_by, recorded_at) VALUES
                ('{AutumnBreak}', '{AutumnCourse}', '2025-09-15', '2025-12-31', 'Parental leave', 'stadm', '2025-09-10'),
                ('{SpringBreak}', '{SpringCourse}', '2025-09-15', '2025-12-31', 'Parental leave', 'stadm', '2025-09-11'),
                ('{AloneBreak}', '{AloneCourse}', '2025-10-01', '2026-02-28', 'Illness', 'stadm', '2025-09-30');
            """;
        await db.Database.ExecuteSqlRawAsync(before);
        await db.GetService<IMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    // One test: the migration runs once on the class's database.
    [Fact]
    public async Task A_course_break_moves_to_the_students_programme_registration_and_one_without_stays_on_the_course_as_recorded()
    {
        // The programme's break resumes in the term after it, with the place guaranteed.
        Assert.Equal(1L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM records.programme_study_breaks WHERE programme_registration_id = '{Programme}' AND id = '{AutumnBreak}' "
            + $"AND student_id = '{OnProgramme}' AND \"from\" = '2025-09-15' AND \"to\" = '2025-12-31' AND resume_term = 'VT2026' AND guaranteed_place"));
        // Both course breaks with those dates are parts of that one programme break, and keep their reasons.
        Assert.Equal(2L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM records.study_breaks WHERE programme_study_break_id = '{AutumnBreak}' AND reason = 'Parental leave'"));
        // A student without a programme registration keeps the break on the course.
        Assert.Equal(1L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM records.study_breaks WHERE id = '{AloneBreak}' AND programme_study_break_id IS NULL AND reason = 'Illness'"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM records.programme_study_breaks"));
    }

    private RecordsDbContext Context() =>
        new(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
}
