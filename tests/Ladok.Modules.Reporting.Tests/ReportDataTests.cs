using Ladok.Modules.Admissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Application;
using Ladok.Plugins.Sdk;
using Ladok.Testing;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>
/// What a plugin report reads since SDK 1.8 (IReportData): results, registrations and admissions in SDK types, each naming the
/// student by identity number and the offering by its code, dates where the university is.
/// </summary>
public sealed class ReportDataTests
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private readonly FakeRecords records = new();
    private readonly FakeCatalogue catalogue = new();

    [Fact]
    public async Task A_report_reads_results_with_the_students_identity_number_and_the_day_of_the_decision_where_the_university_is()
    {
        // Attested at 23:30 UTC on 30 November, which is 1 December in Sweden.
        records.Decided.Add(new DecidedResultInfo("199001011239", "Anna", "Andersson", "5DV001", "0001", "10001", "U", false, 4.5m,
            new DateOnly(2025, 10, 20), new DateTimeOffset(2025, 11, 30, 23, 30, 0, TimeSpan.Zero), false, true));

        var result = Assert.Single(await Data().ResultsAsync(default).ToListAsync());

        Assert.Equal(new ReportResult
        {
            IdentityNumber = "199001011239", Name = "Anna Andersson", CourseCode = "5DV001", ModuleCode = "0001", OfferingCode = "10001",
            Grade = "U", IsPassing = false, Credits = 4.5m, ExaminationDate = new DateOnly(2025, 10, 20), DecidedOn = new DateOnly(2025, 12, 1),
            IsCreditTransfer = false, IsRemoved = true,
        }, result);
    }

    [Fact]
    public async Task A_report_reads_registrations_with_their_kind()
    {
        records.Listing.Add(new RegistrationListing("199001011239", "Anna", "Andersson", "5DV001", "10001", "HT2025", "Repeat",
            new DateTimeOffset(2025, 8, 20, 8, 0, 0, TimeSpan.Zero), new DateOnly(2025, 10, 1), null));

        var registration = Assert.Single(await Data().RegistrationsAsync(default).ToListAsync());

        Assert.Equal(("5DV001", "10001", "HT2025", RegistrationType.Repeat, new DateOnly(2025, 8, 20), new DateOnly(2025, 10, 1)),
            (registration.CourseCode, registration.OfferingCode, registration.Term, registration.Type, registration.RegisteredOn,
                registration.DroppedOutOn));
    }

    [Fact]
    public async Task A_report_reads_admissions_naming_the_student_and_the_offering()
    {
        var student = records.Student("Bertil", "Berg");
        var admissions = new Admissions([new AdmissionInfo(Guid.NewGuid(), student.Id, FakeCatalogue.DvSpring.Id, "Reserve", 3)]);

        var admission = Assert.Single(await new ReportData(records, admissions, catalogue, TimeProvider.System).AdmissionsAsync(default).ToListAsync());

        Assert.Equal(new ReportAdmission
        {
            IdentityNumber = student.IdentityNumber, Name = "Bertil Berg", CourseCode = "5DV001", OfferingCode = "20001", Term = "VT2026",
            Status = AdmissionStatus.Reserve, ReservePlace = 3,
        }, admission);
    }

    [Fact]
    public async Task Without_the_admissions_module_a_report_reads_no_admissions()
    {
        Assert.Empty(await new ReportData(records).AdmissionsAsync(default).ToListAsync());
    }

    private ReportData Data() => new(records, null, catalogue, new SwedishClock());

    private sealed class SwedishClock : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => Sweden;
    }

    private sealed class Admissions(IReadOnlyList<AdmissionInfo> all) : IAdmissionQueries
    {
        public Task<IReadOnlyList<AdmissionInfo>> AdmissionsOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AdmissionInfo>>(all.Where(a => a.StudentId == studentId).ToList());

        public IAsyncEnumerable<AdmissionInfo> AllAdmissionsAsync(CancellationToken cancellationToken) => all.ToAsyncEnumerable();
    }
}
