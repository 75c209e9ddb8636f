using System.Runtime.CompilerServices;
using Ladok.Modules.Admissions.Contracts;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// What plugin reports and the inactivity rule may read, from the Records and Admissions facades (and the Catalogue for an
/// admission's offering), in SDK types, streamed. Without the Admissions facade or the Catalogue it has no admissions to give.
/// </summary>
internal sealed class ReportData(
    IRecordsQueries records, IAdmissionQueries? admissions = null, ICatalogueQueries? catalogue = null, TimeProvider? clock = null) : IReportData
{
    /// <summary>How many admissions are named at a time: one question each to Records and the Catalogue.</summary>
    private const int AdmissionBatch = 1000;

    private readonly TimeZoneInfo zone = (clock ?? TimeProvider.System).LocalTimeZone;

    public async IAsyncEnumerable<StudentActivity> StudentActivityAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var s in records.StudentActivityAsync(cancellationToken))
        {
            yield return new StudentActivity(s.IdentityNumber, $"{s.FirstName} {s.LastName}", s.LastRegistered, s.LastExamined) { BreakEnds = s.BreakEnds };
        }
    }

    public async IAsyncEnumerable<ReportResult> ResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var r in records.DecidedResultsAsync(cancellationToken))
        {
            yield return new ReportResult
            {
                IdentityNumber = r.IdentityNumber, Name = $"{r.FirstName} {r.LastName}", CourseCode = r.CourseCode, ModuleCode = r.ModuleCode,
                OfferingCode = r.OfferingCode, Grade = r.Grade, IsPassing = r.IsPassing, Credits = r.Credits, ExaminationDate = r.ExaminationDate,
                DecidedOn = LocalDate(r.DecidedAt), IsCreditTransfer = r.IsCreditTransfer, IsRemoved = r.IsRemoved,
            };
        }
    }

    public async IAsyncEnumerable<ReportRegistration> RegistrationsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var r in records.RegistrationListingAsync(cancellationToken))
        {
            yield return new ReportRegistration
            {
                IdentityNumber = r.IdentityNumber, Name = $"{r.FirstName} {r.LastName}", CourseCode = r.CourseCode, OfferingCode = r.OfferingCode,
                Term = r.Term, Type = Enum.Parse<RegistrationType>(r.Kind), RegisteredOn = LocalDate(r.RegisteredAt), DroppedOutOn = r.DroppedOutOn,
                WithdrawnOn = r.WithdrawnOn,
            };
        }
    }

    public async IAsyncEnumerable<ReportAdmission> AdmissionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (admissions is null || catalogue is null) yield break;

        await foreach (var batch in admissions.AllAdmissionsAsync(cancellationToken).Chunk(AdmissionBatch).WithCancellation(cancellationToken))
        {
            var students = await records.GetStudentsAsync(batch.Select(a => a.StudentId).Distinct().ToList(), cancellationToken);
            var offerings = await catalogue.GetOfferingsAsync(batch.Select(a => a.OfferingId).Distinct().ToList(), cancellationToken);
            foreach (var a in batch)
            {
                if (!students.TryGetValue(a.StudentId, out var student) || !offerings.TryGetValue(a.OfferingId, out var offering)) continue;
                yield return new ReportAdmission
                {
                    IdentityNumber = student.IdentityNumber, Name = $"{student.FirstName} {student.LastName}", CourseCode = offering.CourseCode,
                    OfferingCode = offering.OfferingCode, Term = offering.Term.ToString(), Status = Enum.Parse<AdmissionStatus>(a.Status),
                    ReservePlace = a.ReservePlace,
                };
            }
        }
    }

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
