using System.Globalization;
using System.Threading.Channels;
using Ladok.Kernel.Modules;
using Npgsql;
using NpgsqlTypes;

namespace Ladok.Tools.History;

/// <summary>
/// Generates a university's history (organisation, courses with versions, modules, offerings, financing
/// forms and educational areas, students with registrations, results, credit transfers, fee-paying terms, breaks and
/// dropouts) straight into the Catalogue's and Records' tables with binary COPY. A data tool, not a module (ADR 0009):
/// it writes rows the modules' own rules would accept, without events or audit entries.
/// </summary>
public sealed class HistoryGenerator(NpgsqlDataSource dataSource)
{
    private static readonly string[] ExaminerList = [HistoryPlan.ExaminerId];

    /// <summary>Whether the database holds no courses, students or registrations: a history is generated only into a new one.</summary>
    public async Task<bool> IsDatabaseEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT NOT (EXISTS (SELECT 1 FROM catalogue.courses) OR EXISTS (SELECT 1 FROM records.students) OR EXISTS (SELECT 1 FROM records.registrations))");
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>
    /// Writes the history below the university's root unit (the one organisation unit without a
    /// parent; one is created when there is none). The Catalogue's and Records' schemas must be
    /// migrated; nothing else is checked here.
    /// </summary>
    public async Task<HistoryCounts> GenerateAsync(HistoryOptions options, IProgressSteps progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Students, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Years, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Years, 100);

        var catalogueStep = progress.Start("Catalogue");
        var scales = await ScalesAsync(cancellationToken);
        var universityId = await UniversityAsync(cancellationToken);
        var plan = new HistoryPlan(options, universityId, scales, await IdentityNumbersAsync(cancellationToken));
        var versions = plan.Courses.SelectMany(c => c.Versions).ToList();
        var modules = versions.SelectMany(v => v.Modules.Select(m => (Version: v, Module: m))).ToList();

        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await CopyAsync(connection, "catalogue.organisation_units (id, code, kind, name_sv, name_en, parent_id)", plan.Units, (w, u) =>
            {
                w.Write(u.Id, NpgsqlDbType.Uuid); w.Write(u.Code); w.Write(u.Kind); w.Write(u.NameSv); w.Write(u.NameEn); w.Write(
                    u.ParentId, NpgsqlDbType.Uuid);
            }, cancellationToken);
            await CopyAsync(connection, "catalogue.courses (id, code, department_id, level, financing_form, subject_group, name_sv, name_en)", plan.Courses,
                (w, c) =>
            {
                w.Write(c.Id, NpgsqlDbType.Uuid); w.Write(c.Code); w.Write(c.Department.Id, NpgsqlDbType.Uuid); w.Write(c.Level); w.Write(c.FinancingForm);
                WriteNullable(w, c.SubjectGroup); w.Write(c.NameSv); w.Write(c.NameEn);
            }, cancellationToken);
            var areas = plan.Courses.SelectMany(c => c.Areas.Select(a => (Course: c, a.Area, a.Share))).ToList();
            await CopyAsync(connection, "catalogue.course_educational_areas (course_id, area, share)", areas, (w, a) =>
            {
                w.Write(a.Course.Id, NpgsqlDbType.Uuid); w.Write(a.Area); w.Write(a.Share, NpgsqlDbType.Numeric);
            }, cancellationToken);
            await CopyAsync(
                connection, "catalogue.course_versions (id, course_id, number, credits, grading_scale_id, requires_project_title, valid_from)",
                versions, (w, v) =>
            {
                w.Write(v.Id, NpgsqlDbType.Uuid); w.Write(v.Course.Id, NpgsqlDbType.Uuid); w.Write(v.Number); w.Write(v.Course.Credits, NpgsqlDbType.Numeric);
                w.Write(v.Scale.Id, NpgsqlDbType.Uuid); w.Write(false); w.Write($"HT{v.FromYear}");
            }, cancellationToken);
            await CopyAsync(
                connection, "catalogue.course_modules (id, course_version_id, code, name_sv, name_en, credits, grading_scale_id)", modules, (w, x) =>
            {
                w.Write(x.Module.Id, NpgsqlDbType.Uuid); w.Write(x.Version.Id, NpgsqlDbType.Uuid); w.Write(x.Module.Code); w.Write(
                    x.Module.NameSv); w.Write(x.Module.NameEn);
                w.Write(x.Module.Credits, NpgsqlDbType.Numeric); w.Write(x.Module.Scale.Id, NpgsqlDbType.Uuid);
            }, cancellationToken);
            await CopyAsync(
                connection, "catalogue.offerings (id, course_version_id, code, term, start_date, end_date, pace_percent, department_id, status)",
                plan.Offerings, (w, o) =>
            {
                w.Write(o.Id, NpgsqlDbType.Uuid); w.Write(o.Version.Id, NpgsqlDbType.Uuid); w.Write(o.Code); w.Write(o.Term);
                w.Write(o.Start, NpgsqlDbType.Date); w.Write(o.End, NpgsqlDbType.Date); w.Write(o.Pace); w.Write(
                    o.Course.Department.Id, NpgsqlDbType.Uuid); w.Write("Complete");
            }, cancellationToken);
        }
        catalogueStep.Report(plan.Offerings.Count,
            $"{plan.Units.Count} organisation units, {plan.Courses.Count} courses, {versions.Count} versions, {modules.Count} modules, " +
            $"{plan.Offerings.Count} offerings");
        catalogueStep.Dispose();

        // Drawing the students (one core) overlaps with PostgreSQL storing the previous batch (the other).
        var batches = Channel.CreateBounded<StudentBatch>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in plan.StudentBatches())
                {
                    await batches.Writer.WriteAsync(batch, cancellationToken);
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, cancellationToken);

        long students = 0, registrations = 0, results = 0, breaks = 0, transfers = 0, feePaying = 0;
        using var recordsStep = progress.Start("Records", (long)plan.EnteringPerYear * options.Years);
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            students += await CopyAsync(
                connection, "records.students (id, identity_number, kind, first_name, last_name, email, created_by, created_at)", batch.Students, (w, s) =>
            {
                w.Write(s.Id, NpgsqlDbType.Uuid); w.Write(s.IdentityNumber); w.Write("Personal"); w.Write(s.FirstName); w.Write(s.LastName);
                WriteNullable(w, s.Email); w.Write(HistoryPlan.CreatedBy); w.Write(s.CreatedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
            registrations += await CopyAsync(connection,
                "records.registrations (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind, " +
                "registered_at, registered_by, "
                + "dropped_out_on, is_early_dropout, dropout_reason, dropout_recorded_by, dropout_recorded_at, withdrawn_on, withdrawn_by)",
                batch.Registrations, (w, r) =>
            {
                var o = r.Offering;
                w.Write(r.Id, NpgsqlDbType.Uuid); w.Write(r.StudentId, NpgsqlDbType.Uuid); w.Write(o.Id, NpgsqlDbType.Uuid); w.Write(
                    o.Course.Id, NpgsqlDbType.Uuid);
                w.Write(o.Course.Code); w.Write(o.Course.Department.Id, NpgsqlDbType.Uuid); w.Write(o.Code); w.Write(r.Term); w.Write(r.Kind);
                w.Write(r.RegisteredAt, NpgsqlDbType.TimestampTz); w.Write(HistoryPlan.CreatedBy);
                if (r.DroppedOutOn is { } droppedOut)
                {
                    w.Write(droppedOut, NpgsqlDbType.Date); w.Write(r.IsEarlyDropout); w.Write(r.IsEarlyDropout ? "Never started" : "Left the course");
                    w.Write(HistoryPlan.CreatedBy); w.Write(r.DropoutRecordedAt!.Value, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    w.WriteNull(); w.Write(false); w.WriteNull(); w.WriteNull(); w.WriteNull();
                }
                if (r.WithdrawnOn is { } withdrawn)
                {
                    w.Write(withdrawn, NpgsqlDbType.Date); w.Write(HistoryPlan.CreatedBy);
                }
                else
                {
                    w.WriteNull(); w.WriteNull();
                }
            }, cancellationToken);
            breaks += await CopyAsync(
                connection, "records.study_breaks (id, registration_id, \"from\", \"to\", reason, recorded_by, recorded_at)", batch.StudyBreaks, (w, b) =>
            {
                w.Write(b.Id, NpgsqlDbType.Uuid); w.Write(b.RegistrationId, NpgsqlDbType.Uuid); w.Write(b.From, NpgsqlDbType.Date); w.Write(
                    b.To, NpgsqlDbType.Date);
                w.Write("Illness"); w.Write(HistoryPlan.CreatedBy); w.Write(b.RecordedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
            results += await CopyAsync(connection,
                "records.results (id, student_id, registration_id, offering_id, course_id, course_code, course_version_id, module_id, module_code, " +
                "department_id, "
                + "grading_scale_id, grade, is_passing, credits, examination_date, status, origin, examiners, reported_by, reported_at, " +
                    "decided_by, decided_at, "
                + "removal_requested_by, removal_requested_at, removal_reason, removed_by, removed_at)", batch.Results, (w, r) =>
            {
                var o = r.Registration.Offering;
                w.Write(r.Id, NpgsqlDbType.Uuid); w.Write(r.StudentId, NpgsqlDbType.Uuid); w.Write(r.Registration.Id, NpgsqlDbType.Uuid); w.Write(
                    o.Id, NpgsqlDbType.Uuid);
                w.Write(o.Course.Id, NpgsqlDbType.Uuid); w.Write(o.Course.Code); w.Write(o.Version.Id, NpgsqlDbType.Uuid);
                if (r.Module is { } module)
                {
                    w.Write(module.Id, NpgsqlDbType.Uuid); w.Write(module.Code);
                }
                else
                {
                    w.WriteNull(); w.WriteNull();
                }
                w.Write(o.Course.Department.Id, NpgsqlDbType.Uuid); w.Write(r.Scale.Id, NpgsqlDbType.Uuid); w.Write(r.Grade); w.Write(r.IsPassing);
                w.Write(r.Credits, NpgsqlDbType.Numeric); w.Write(r.ExaminationDate, NpgsqlDbType.Date); w.Write(
                    r.RemovedAt is null ? "Attested" : "Removed"); w.Write("Reported");
                w.Write(ExaminerList, NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write(HistoryPlan.ReporterId); w.Write(r.ReportedAt, NpgsqlDbType.TimestampTz);
                w.Write(HistoryPlan.ExaminerId); w.Write(r.DecidedAt, NpgsqlDbType.TimestampTz);
                if (r.RemovedAt is { } removedAt)
                {
                    w.Write(HistoryPlan.ReporterId); w.Write(r.RemovalRequestedAt!.Value, NpgsqlDbType.TimestampTz); w.Write("Wrong grade reported");
                    w.Write(HistoryPlan.ExaminerId); w.Write(removedAt, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    w.WriteNull(); w.WriteNull(); w.WriteNull(); w.WriteNull(); w.WriteNull();
                }
            }, cancellationToken);
            transfers += await CopyAsync(connection,
                "records.results (id, student_id, course_id, course_code, course_version_id, module_id, module_code, department_id, grading_scale_id, grade, "
                + "is_passing, credits, examination_date, status, origin, transferred_from, examiners, reported_by, reported_at, decided_by, decided_at)",
                batch.CreditTransfers, (w, t) =>
            {
                var course = t.Version.Course;
                w.Write(t.Id, NpgsqlDbType.Uuid); w.Write(t.StudentId, NpgsqlDbType.Uuid); w.Write(course.Id, NpgsqlDbType.Uuid); w.Write(course.Code);
                w.Write(t.Version.Id, NpgsqlDbType.Uuid);
                if (t.Module is { } module)
                {
                    w.Write(module.Id, NpgsqlDbType.Uuid); w.Write(module.Code);
                }
                else
                {
                    w.WriteNull(); w.WriteNull();
                }
                w.Write(course.Department.Id, NpgsqlDbType.Uuid); w.Write(t.Scale.Id, NpgsqlDbType.Uuid); w.Write(t.Grade); w.Write(true);
                w.Write(t.Credits, NpgsqlDbType.Numeric); w.Write(t.ExaminationDate, NpgsqlDbType.Date); w.Write("Attested"); w.Write("CreditTransfer");
                w.Write("Another university"); w.Write(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write(HistoryPlan.CreatedBy);
                w.Write(t.DecidedAt, NpgsqlDbType.TimestampTz); w.Write(HistoryPlan.CreatedBy); w.Write(t.DecidedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
            feePaying += await CopyAsync(connection,
                "records.fee_paying_terms (id, student_id, term, recorded_by, recorded_at)", batch.FeePayingTerms, (w, f) =>
            {
                w.Write(f.Id, NpgsqlDbType.Uuid); w.Write(f.StudentId, NpgsqlDbType.Uuid); w.Write(f.Term); w.Write(HistoryPlan.CreatedBy);
                w.Write(f.RecordedAt, NpgsqlDbType.TimestampTz);
            }, cancellationToken);
            recordsStep.Report(
                students, string.Create(CultureInfo.InvariantCulture, $"{students:N0} students, {registrations:N0} registrations, {results:N0} results"));
        }
        await producer;

        return new HistoryCounts(plan.Units.Count, plan.Courses.Count, versions.Count, modules.Count, plan.Offerings.Count,
            students, registrations, results, breaks, transfers, feePaying);
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null) writer.WriteNull();
        else writer.Write(value);
    }

    private static async Task<long> CopyAsync<T>(
        NpgsqlConnection connection, string table, IReadOnlyCollection<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return 0;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            write(importer, row);
        }
        return (long)await importer.CompleteAsync(cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, ScaleSpec>> ScalesAsync(CancellationToken cancellationToken)
    {
        var grades = new List<(Guid ScaleId, string ScaleCode, string Grade, bool IsPassing)>();
        await using (var command = dataSource.CreateCommand(
            "SELECT s.id, s.code, g.code, g.is_passing FROM catalogue.grading_scales s JOIN catalogue.grades g ON g.grading_scale_id = s.id ORDER " +
            "BY s.code, g.rank"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                grades.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
            }
        }

        return grades.GroupBy(g => (g.ScaleId, g.ScaleCode)).ToDictionary(
            s => s.Key.ScaleCode,
            s => new ScaleSpec(s.Key.ScaleId, s.Key.ScaleCode,
                s.Where(g => g.IsPassing).Select(g => new GradeSpec(g.Grade, true)).ToArray(),
                s.Where(g => !g.IsPassing).Select(g => new GradeSpec(g.Grade, false)).ToArray()));
    }

    /// <summary>The students already there (the demo university's): a history of hundreds of thousands would otherwise draw some of their numbers.</summary>
    private async Task<HashSet<string>> IdentityNumbersAsync(CancellationToken cancellationToken)
    {
        var numbers = new HashSet<string>();
        await using var command = dataSource.CreateCommand("SELECT identity_number FROM records.students");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) numbers.Add(reader.GetString(0));
        return numbers;
    }

    private async Task<Guid> UniversityAsync(CancellationToken cancellationToken)
    {
        await using (var command = dataSource.CreateCommand("SELECT id FROM catalogue.organisation_units WHERE parent_id IS NULL ORDER BY code LIMIT 1"))
        {
            if (await command.ExecuteScalarAsync(cancellationToken) is Guid id) return id;
        }

        var university = new Guid("6c61646b-756e-8000-8000-000000000001");
        await using var insert = dataSource.CreateCommand(
            "INSERT INTO catalogue.organisation_units (id, code, kind, name_sv, name_en, parent_id) VALUES ($1, 'GEN', 'University', 'Genererat " +
            "universitet', 'Generated University', NULL)");
        insert.Parameters.Add(new NpgsqlParameter { Value = university });
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return university;
    }
}
