namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// An issued transcript: its canonical JSON exactly as issued, the SHA-256 of that JSON, and a
/// verification code. Every issue is a new row and rows are never changed, so the table is also
/// the record of who issued what, and when.
/// </summary>
public sealed class IssuedTranscript
{
    private IssuedTranscript()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Twelve characters from <see cref="VerificationCode.Alphabet"/>, unique.</summary>
    public string VerificationCode { get; private set; } = "";

    public Guid StudentId { get; private set; }

    /// <summary>The student's name as the document shows it, for a verifier.</summary>
    public string StudentName { get; private set; } = "";

    /// <summary>The canonical JSON of the <see cref="Transcript"/>, byte for byte as hashed.</summary>
    public string Content { get; private set; } = "";

    /// <summary>SHA-256 of <see cref="Content"/> (UTF-8), 64 lower-case hex digits.</summary>
    public string ContentHash { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The user id of the study administrator who issued it.</summary>
    public string IssuedBy { get; private set; } = "";

    public static IssuedTranscript Issue(Transcript transcript, Guid studentId, string code, string issuedBy, DateTimeOffset issuedAt)
    {
        var content = TranscriptDocument.Canonical(transcript);
        return new IssuedTranscript
        {
            Id = Guid.CreateVersion7(),
            VerificationCode = code,
            StudentId = studentId,
            StudentName = transcript.Student.Name,
            Content = content,
            ContentHash = TranscriptDocument.Hash(content),
            IssuedAt = issuedAt,
            IssuedBy = issuedBy,
        };
    }
}
