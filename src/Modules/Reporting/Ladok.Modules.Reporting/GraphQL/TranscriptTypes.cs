using Ladok.Kernel.GraphQL.Relay;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Domain;

namespace Ladok.Modules.Reporting.GraphQL;

public sealed class IssueTranscriptInput
{
    public string StudentId { get; init; } = "";
}

public sealed class IssueTranscriptInputType : InputObjectGraphType<IssueTranscriptInput>
{
    public IssueTranscriptInputType()
    {
        Name = "IssueTranscriptInput";
        Description = "What `issueTranscript` needs: the student.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of a Student.");
    }
}

public sealed class IssueMyTranscriptInput
{
    public string? StudentId { get; init; }
}

public sealed class IssueMyTranscriptInputType : InputObjectGraphType<IssueMyTranscriptInput>
{
    public IssueMyTranscriptInputType()
    {
        Name = "IssueMyTranscriptInput";
        Description = "What `issueMyTranscript` takes: nothing more than who you are; `{}` will do.";
        Field<IdGraphType>("studentId")
            .Description("Your own `me.student.id`, to be explicit; left out it is you. Another student's is refused (OTHER_STUDENT).");
    }
}

public sealed class IssuedTranscriptType : ObjectGraphType<IssuedTranscript>
{
    public IssuedTranscriptType()
    {
        Name = "IssuedTranscript";
        Description = "Resultatintyg: a transcript of a student's results in force, as issued. Its content never changes.";
        Field<NonNullGraphType<StringGraphType>>("verificationCode").Resolve(c => VerificationCode.Display(c.Source.VerificationCode))
            .Description("Kontrollkod: twelve characters in groups of four; `verifyTranscript` takes it with or without the dashes.");
        Field(t => t.IssuedAt).Description("When it was issued.");
        Field(t => t.IssuedBy).Description("The user id of the study administrator who issued it.").DeprecationReason("Use issuedByUser.");
        Field("issuedByUser", Links.Of("User")).Description("The study administrator who issued it.").Resolve(c => Links.Load(c, "User", c.Source.IssuedBy));
        Field<NonNullGraphType<StringGraphType>>("json").Resolve(c => c.Source.Content)
            .Description("The content as canonical JSON: what the PDF shows, and what `verifyTranscript(content:)` checks.");
        Field<NonNullGraphType<StringGraphType>>("contentHash").Resolve(c => c.Source.ContentHash).Description("SHA-256 of `json` (UTF-8), in hex.");
        Field<NonNullGraphType<StringGraphType>>("pdfUrl")
            .Resolve(c => DownloadLinks.SignedFor(c, TranscriptPdfEndpoint.PathFor(c.Source.VerificationCode)))
            .Description("The PDF, for the student it was issued to and those who may issue transcripts. " + DownloadLinks.Description);
    }
}

public sealed class TranscriptVerificationType : ObjectGraphType<TranscriptVerification>
{
    public TranscriptVerificationType()
    {
        Name = "TranscriptVerification";
        Description = "Whether a transcript is genuine: the code was issued and, when content or a hash was given, it is the content issued.";
        Field(v => v.Valid).Description("False for an unknown code or changed content.");
        Field(v => v.IssuedAt, nullable: true).Description("When it was issued; null for an unknown code.");
        Field(v => v.StudentName, nullable: true).Description("The student named on it; null for an unknown code.");
        Field(v => v.Content, nullable: true).Description("The content as issued (canonical JSON), to compare with the document; null for an unknown code.");
    }
}
