using Ladok.Kernel.Errors;
using Ladok.Kernel.Modules;
using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;
using AdmissionStatus = Ladok.Modules.Admissions.Domain.AdmissionStatus;

namespace Ladok.Modules.Admissions.Seeding;

/// <summary>
/// The demo students' admissions (those who sign in as stud01 …, <see cref="DemoStudents"/>): the admission behind each of
/// their first-time registrations, as the national admission system decided it, and for the offerings whose registration
/// window is open today one story each, on courses they have not been on, so every self-registration obstacle can be tried:
/// stud01 admitted to two, stud02 to one, stud03 conditionally, stud04 a reserve, stud05 to none. Only into an empty
/// Admissions module, after Records' seeders.
/// </summary>
public sealed class AdmissionsDemoSeeder(
    IDbContextFactory<AdmissionsDbContext> databases, IStudentSignIn signIn, IRecordsQueries records, ICatalogueQueries catalogue,
    IUniversityProfile university, TimeProvider clock)
    : IDemoDataSeeder
{
    /// <summary>Who the demo's admissions are recorded by, in the audit trail.</summary>
    public const string Actor = "demo-seed";

    public int Order => 32;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (university.DemoData is not { Courses.Count: > 0 } demo) return false;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(Actor, clock);
        if (await db.Admissions.AnyAsync(cancellationToken)) return false;

        var students = new List<Guid>();
        for (var n = 1; n <= DemoStudents.Count; n++)
        {
            if (await signIn.FindByPrincipalNameAsync(DemoStudents.PrincipalName(university.Code, n), cancellationToken) is { } student)
            {
                students.Add(student.StudentId);
            }
        }
        if (students.Count < DemoStudents.Count) return false;

        var admitted = new HashSet<(Guid Student, Guid Offering)>();
        void Admit(Guid student, Guid offering, AdmissionStatus status, int? reservePlace = null)
        {
            if (!admitted.Add((student, offering))) return;
            var admission = Admission.Record(student, offering, status, reservePlace, AdmissionSource.NationalImport, Actor, clock);
            db.Admissions.Add(admission.Succeeded
                ? admission.Value!
                : throw new InvalidOperationException(
                    $"The demo admission breaks a rule: {string.Join("; ", admission.Errors.Select(e => e.Message))}"));
        }

        var taken = students.ToDictionary(s => s, _ => new HashSet<Guid>());
        await foreach (var registration in records.AllRegistrationsAsync(cancellationToken))
        {
            if (!taken.TryGetValue(registration.StudentId, out var courses)) continue;
            courses.Add(registration.CourseId);
            if (registration.Kind == "FirstTime") Admit(registration.StudentId, registration.OfferingId, AdmissionStatus.Admitted);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var open = new List<OfferingInfo>();
        foreach (var course in demo.Courses)
        {
            open.AddRange((await catalogue.GetOfferingsAsync(course.Code, cancellationToken))
                .Where(o => o.State != OfferingState.Cancelled && o.StartDate > today && o.RegistrationOpens <= today && today <= o.RegistrationCloses));
        }
        open = open.OrderBy(o => o.StartDate).ThenBy(o => o.CourseCode, StringComparer.Ordinal).ThenBy(o => o.OfferingCode, StringComparer.Ordinal).ToList();

        // Offerings open today on courses the student has never been on: registering again is the study administration's work.
        IEnumerable<OfferingInfo> NewTo(int n) => open.Where(o => !taken[students[n]].Contains(o.CourseId)).DistinctBy(o => o.CourseId);
        foreach (var offering in NewTo(0).Take(2)) Admit(students[0], offering.Id, AdmissionStatus.Admitted);
        foreach (var offering in NewTo(1).Take(1)) Admit(students[1], offering.Id, AdmissionStatus.Admitted);
        foreach (var offering in NewTo(2).Take(1)) Admit(students[2], offering.Id, AdmissionStatus.ConditionallyAdmitted);
        foreach (var offering in NewTo(3).Take(1)) Admit(students[3], offering.Id, AdmissionStatus.Reserve, reservePlace: 1);

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
