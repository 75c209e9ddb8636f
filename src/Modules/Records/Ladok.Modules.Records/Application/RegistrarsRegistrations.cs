using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>A course registration locked for the command, with its offering.</summary>
public sealed record RegistrationInHand(Registration Registration, OfferingInfo Offering);

/// <summary>
/// The first steps of every change a registrar makes to one course registration (a study break, a dropout, a removal):
/// lock it, find its offering, and check the registrar's right at the offering's department.
/// </summary>
public sealed class RegistrarsRegistrations(RegistrationLocks locks, ICatalogueQueries catalogue, Registrars registrars)
{
    /// <summary>
    /// The registration, locked until the command commits, when <paramref name="userId"/> may register at its offering's
    /// department; otherwise NOT_FOUND or FORBIDDEN on <paramref name="field"/>. <paramref name="what"/> names the change
    /// for the refusal (<see cref="RecordsReasons.RecordStudyBreaks"/>).
    /// </summary>
    public async Task<Outcome<RegistrationInHand>> LockAsync(
        Guid registrationId, string userId, Wording what, Field field, CancellationToken cancellationToken)
    {
        if (await locks.RegistrationAsync(registrationId, cancellationToken) is not { } registration)
        {
            return DomainError.Of(RecordsReasons.RegistrationNotFound, field);
        }

        var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
        if (await registrars.RefusedAsync(userId, offering.DepartmentId, what, $"{offering.CourseCode} {offering.Term}", field, cancellationToken)
            is { } refused)
        {
            return refused;
        }
        return Outcome<RegistrationInHand>.Success(new RegistrationInHand(registration, offering));
    }
}
