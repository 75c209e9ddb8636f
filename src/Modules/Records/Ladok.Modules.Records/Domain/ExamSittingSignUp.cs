namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Anmälan till aktivitetstillfälle: a student's seat at an exam sitting, on the registration that let them sign up, with the
/// anonymous code (anonymiseringskod) the exam is marked with instead of the student's name.
/// </summary>
public sealed class ExamSittingSignUp
{
    private ExamSittingSignUp()
    {
    }

    internal ExamSittingSignUp(Guid sittingId, Guid studentId, Guid registrationId, string anonymousCode, DateTimeOffset signedUpAt)
    {
        Id = Guid.CreateVersion7();
        SittingId = sittingId;
        StudentId = studentId;
        RegistrationId = registrationId;
        AnonymousCode = anonymousCode;
        SignedUpAt = signedUpAt;
    }

    public Guid Id { get; private set; }

    public Guid SittingId { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The student's registration on an offering of the version examined; results reported by code go on the offering.</summary>
    public Guid RegistrationId { get; private set; }

    /// <summary>Unique within the sitting; see <see cref="Domain.AnonymousCode"/>.</summary>
    public string AnonymousCode { get; private set; } = "";

    public DateTimeOffset SignedUpAt { get; private set; }
}
