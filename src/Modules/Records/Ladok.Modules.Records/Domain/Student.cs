using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Studentuppgifter: a student, identified by personnummer, samordningsnummer or interim
/// number, and the registrations they hold.
/// </summary>
public sealed class Student
{
    private readonly List<Registration> registrations = [];

    private Student()
    {
    }

    private Student(IdentityNumber number, string firstName, string lastName, string? email, string createdBy, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        IdentityNumber = number.Value;
        Kind = number.Kind;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// Twelve characters, unique: <c>YYYYMMDDNNNC</c> (see <see cref="Domain.IdentityNumber"/>). It may change; the numbers
    /// replaced are kept as <see cref="FormerIdentityNumber"/>s.
    /// </summary>
    public string IdentityNumber { get; private set; } = "";

    public IdentityNumberKind Kind { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Name => $"{FirstName} {LastName}";

    public string? Email { get; private set; }

    /// <summary>
    /// The eduPersonPrincipalName (<c>user@scope</c>) the university's identity provider names the student by, in lower case:
    /// a student signs in by it where the university's profile says so. Null when none is stored.
    /// </summary>
    public string? PrincipalName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The user id of the study administrator who created the student.</summary>
    public string CreatedBy { get; private set; } = "";

    /// <summary>Concurrency token (PostgreSQL's xmin).</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Loaded only by the use cases that need them (registering checks for a duplicate).</summary>
    public IReadOnlyList<Registration> Registrations => registrations;

    /// <summary>
    /// A new student. The number may be written in any usual form; <paramref name="isInterim"/>
    /// says the university made it up, so it has no check digit. Every broken rule is reported at once.
    /// </summary>
    public static Outcome<Student> Create(
        string identityNumber, bool isInterim, string firstName, string lastName, string? email, string createdBy, TimeProvider clock)
    {
        var normalisedEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        var errors = new[]
        {
            Domain.IdentityNumber.TryParse(identityNumber, isInterim, RecordsRules.Today(clock), out var number, out var numberError)
                ? null
                : numberError.At(Field.Of(nameof(identityNumber))),
            RecordsRules.Name(firstName, "first name", Field.Of(nameof(firstName))),
            RecordsRules.Name(lastName, "last name", Field.Of(nameof(lastName))),
            RecordsRules.Email(normalisedEmail, Field.Of(nameof(email))),
        }.OfType<DomainError>().ToList();
        return errors.Count > 0
            ? Outcome<Student>.Failure(errors)
            : Outcome<Student>.Success(new Student(number, firstName.Trim(), lastName.Trim(), normalisedEmail, createdBy, clock.GetUtcNow()));
    }

    /// <summary>
    /// Stores the eduPersonPrincipalName the student signs in with (<c>user@scope</c>, kept in lower case as identity providers
    /// compare it). Whether another student holds it is the use case's to check (a unique index backs it up).
    /// </summary>
    public Outcome<Student> ChangePrincipalName(string principalName)
    {
        var normalised = principalName.Trim().ToLowerInvariant();
        if (RecordsRules.PrincipalName(normalised, Field.Of(nameof(principalName))) is { } refused) return refused;
        PrincipalName = normalised;
        return Outcome<Student>.Success(this);
    }

    /// <summary>
    /// Gives the student a new identity number (an interim number or samordningsnummer replaced by the personnummer, say),
    /// checked as at creation; the records stay with the student and the number replaced is returned to be kept. An interim
    /// number never replaces a real one. Whether another student holds the number is the use case's to check.
    /// </summary>
    public Outcome<FormerIdentityNumber> ChangeIdentityNumber(string identityNumber, bool isInterim, string changedBy, TimeProvider clock)
    {
        if (!Domain.IdentityNumber.TryParse(identityNumber, isInterim, RecordsRules.Today(clock), out var number, out var error))
        {
            return error.At(Field.Of(nameof(identityNumber)));
        }
        if (number.Value == IdentityNumber)
        {
            return DomainError.Validation($"{Name} already has the identity number {IdentityNumber}.", nameof(identityNumber));
        }
        if (number.Kind == IdentityNumberKind.Interim && Kind != IdentityNumberKind.Interim)
        {
            var real = Kind == IdentityNumberKind.Personal ? "personnummer" : "samordningsnummer";
            return DomainError.Validation($"{Name} has a {real}; an interim number only stands in until one is given.", nameof(isInterim));
        }

        var former = new FormerIdentityNumber(Id, IdentityNumber, Kind, changedBy, clock.GetUtcNow());
        IdentityNumber = number.Value;
        Kind = number.Kind;
        return Outcome<FormerIdentityNumber>.Success(former);
    }

    /// <summary>
    /// Registers the student on an offering. The student's registrations must be loaded. The kind is
    /// checked against the registrations on the course (any offering of any of its versions):
    /// FFG only when none is earlier, or every earlier one ended in a withdrawal or an early dropout
    /// (neither counts as having started); FO only on the offering of an earlier registration, for the
    /// term after the student's last one on it, while the offering's teaching runs into that term
    /// (<see cref="StudyWeeks.LastTerm"/>); OM only after an
    /// earlier registration on the course. The same offering twice is a CONFLICT (except that FO); a
    /// cancelled offering takes no registrations.
    /// </summary>
    public Outcome<Registration> Register(OfferingInfo offering, RegistrationKind kind, string registeredBy, TimeProvider clock)
    {
        if (offering.State == OfferingState.Cancelled)
        {
            return DomainError.Validation(
                $"The offering {offering.CourseCode} {offering.Term} ({offering.OfferingCode}) is cancelled and takes no registrations.",
                nameof(Registration.OfferingId));
        }

        var onCourse = registrations.Where(r => r.CourseId == offering.CourseId).ToList();
        var onOffering = onCourse.Where(r => r.OfferingId == offering.Id).ToList();
        if (onOffering.Count > 0 && kind != RegistrationKind.Continuation)
        {
            return DomainError.Conflict(
                $"{Name} is already registered on {offering.CourseCode} {offering.Term} ({offering.OfferingCode}).", nameof(Registration.OfferingId));
        }

        var term = offering.Term;
        switch (kind)
        {
            case RegistrationKind.FirstTime when onCourse.FirstOrDefault(r => !r.NeverStarted) is { } earlier:
                return DomainError.Validation(
                    $"{Name} has been registered on {offering.CourseCode} before ({earlier.OfferingCode} {earlier.Term}): a first-time registration (FFG) "
                    + "is the first on the course. Register a continuation (FO) on that offering or a re-registration (OM).", nameof(kind));
            case RegistrationKind.Continuation:
                // A withdrawal never started the offering, so there is nothing to continue from it.
                var started = onOffering.Where(r => r.WithdrawnOn is null).Select(r => Term.Parse(r.Term)).ToList();
                if (started.Count == 0)
                {
                    return DomainError.Validation(
                        $"A continuation (FO) is the next term on the offering the student is registered on; {Name} has no registration on "
                        + $"{offering.CourseCode} {offering.Term} ({offering.OfferingCode}) to continue.", nameof(kind));
                }
                term = started.Max().Next;
                // The same term rule as HST's (ADR 0020): an autumn offering that ends before the spring term's teaching starts
                // (mid-January) has no spring term to continue into.
                if (term > StudyWeeks.LastTerm(offering.Term, offering.EndDate))
                {
                    return DomainError.Conflict(
                        $"{offering.CourseCode} {offering.Term} ({offering.OfferingCode}) ends {offering.EndDate:yyyy-MM-dd}: "
                        + $"there is no {term} of it to continue into, "
                        + $"and {Name} is already registered on it.", nameof(Registration.OfferingId));
                }
                break;
            case RegistrationKind.Repeat when onCourse.All(r => r.WithdrawnOn is not null):
                return DomainError.Validation(
                    $"A re-registration (OM) on {offering.CourseCode} needs an earlier registration on the course; {Name} has none.", nameof(kind));
        }

        var registration = new Registration(Id, offering, term, kind, registeredBy, clock.GetUtcNow());
        registrations.Add(registration);
        return Outcome<Registration>.Success(registration);
    }
}
