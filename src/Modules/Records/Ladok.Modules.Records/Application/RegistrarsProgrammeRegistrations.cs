using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>A programme registration locked for the command, with its programme.</summary>
public sealed record ProgrammeRegistrationInHand(ProgrammeRegistration ProgrammeRegistration, ProgrammeInfo Programme);

/// <summary>A course registration that a decision on a programme registration reaches: locked, with its offering and the results on it.</summary>
public sealed record CourseOnProgramme(Registration Registration, OfferingInfo Offering, IReadOnlyList<Result> Results);

/// <summary>
/// The steps every decision on a programme registration shares (a study break, a dropout): lock it and check the
/// registrar's right at the programme's department, then find the course registrations the decision reaches.
/// </summary>
public sealed class RegistrarsProgrammeRegistrations(
    RegistrationLocks locks, ICatalogueQueries catalogue, Registrars registrars, ResultsOnOffering resultsOnOffering)
{
    /// <summary>
    /// The programme registration, locked until the command commits, when <paramref name="userId"/> may register at its
    /// department; otherwise NOT_FOUND or FORBIDDEN on <paramref name="field"/>. <paramref name="what"/> names the decision for
    /// the refusal: <c>decide study breaks</c>.
    /// </summary>
    public async Task<Outcome<ProgrammeRegistrationInHand>> LockAsync(
        Guid programmeRegistrationId, string userId, Wording what, Field field, CancellationToken cancellationToken)
    {
        if (await locks.ProgrammeRegistrationAsync(programmeRegistrationId, cancellationToken) is not { } programmeRegistration)
        {
            return DomainError.Of(RecordsReasons.ProgrammeRegistrationNotFound, field);
        }

        if (await registrars.RefusedAsync(userId, programmeRegistration.DepartmentId, what, programmeRegistration.ProgrammeCode, field,
            cancellationToken) is { } refused)
        {
            return refused;
        }

        var programme = await catalogue.GetProgrammeAsync(programmeRegistration.ProgrammeId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no programme {programmeRegistration.ProgrammeId}.");
        return Outcome<ProgrammeRegistrationInHand>.Success(new ProgrammeRegistrationInHand(programmeRegistration, programme));
    }

    /// <summary>
    /// The student's open registrations on the programme's courses, locked, leaving out completed ones, which a decision on
    /// the programme leaves as they are. The programme's department decides for courses given elsewhere too, since the
    /// decision is one, so no further right is asked at the courses' departments.
    /// </summary>
    public async Task<IReadOnlyList<CourseOnProgramme>> OpenCoursesAsync(ProgrammeRegistrationInHand held, CancellationToken cancellationToken)
    {
        var studentId = held.ProgrammeRegistration.StudentId;
        var open = await locks.OpenOnCoursesAsync(studentId, held.Programme.CourseIds.ToList(), cancellationToken);
        // By offering, not registration: an FO's results on the offering include those reported under the student's FFG on it.
        var results = await resultsOnOffering.OfAsync(studentId, open.Select(r => r.OfferingId).Distinct().ToList(), cancellationToken);

        var reached = new List<CourseOnProgramme>();
        foreach (var registration in open)
        {
            var ofRegistration = results[registration.OfferingId].ToList();
            if (Registration.IsCompletedBy(ofRegistration)) continue;

            var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
                ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
            reached.Add(new CourseOnProgramme(registration, offering, ofRegistration));
        }
        return reached;
    }

    /// <summary>A course's refusals within a programme decision: named by the course and term, on the decision's <paramref name="field"/>.</summary>
    public static IEnumerable<DomainError> OnCourse(Registration registration, IEnumerable<DomainError> errors, Field field) =>
        errors.Select(e => e with
        {
            Prefix = $"{registration.CourseCode} {registration.Term}: {e.Prefix}",
            Field = field,
        });
}
