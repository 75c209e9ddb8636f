using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Reporting.GraphQL;

/// <summary><c>issueTranscript</c> for study administrators; <c>verifyTranscript</c> for anyone holding a code.</summary>
public sealed class TranscriptContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<IssueTranscriptInput, IssueTranscriptCommand, IssuedTranscript>
        {
            Name = "issueTranscript",
            Description = "Resultatintyg: issues a transcript of the student's results in force (attested, and credit transfers) with a verification code. "
                + "Every call issues a new one. Needs records.register (a study administrator) at any unit.",
            Policy = TranscriptPolicy.Issue,
            InputType = typeof(IssueTranscriptInputType),
            Command = (input, call) => new IssueTranscriptCommand(
                IssuedBy: call.UserId,
                StudentId: call.Id(input.StudentId, "Student", Field.Of(nameof(IssueTranscriptCommand.StudentId)))),
            Payload = [new("transcript", typeof(IssuedTranscriptType), "The issued transcript; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<IssueMyTranscriptInput, IssueTranscriptCommand, IssuedTranscript>
        {
            Name = "issueMyTranscript",
            Description = "Resultatintyg for a student: issues a transcript of your own results in force with a verification code, as `issueTranscript` "
                + "does at the student desk. Only for a student signed in as one (NOT_A_STUDENT otherwise).",
            Policy = Policies.SignedIn,
            InputType = typeof(IssueMyTranscriptInputType),
            Command = (input, call) => new IssueTranscriptCommand(IssuedBy: call.UserId, StudentId: OwnStudent(input, call)),
            Payload = [new("transcript", typeof(IssuedTranscriptType), "The issued transcript; null when refused.")],
        });

        schema.Query.Field<NonNullGraphType<TranscriptVerificationType>>("verifyTranscript")
            .Description(
                "Checks a transcript: valid when the code was issued and the content (the JSON as printed) or its SHA-256, if given, is what was " +
                "issued. Needs no sign-in.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The verification code printed on the transcript, with or without dashes.")
            .Argument<StringGraphType>("content", "The transcript's JSON as presented; whitespace does not matter, any changed value does.")
            .Argument<StringGraphType>("contentHash", "The SHA-256 of the JSON as presented, in hex.")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TranscriptVerifier>().VerifyAsync(
                c.GetArgument<string>("code"), c.GetArgument<string?>("content"), c.GetArgument<string?>("contentHash"), c.CancellationToken));
    }

    /// <summary>The student the caller signed in as; a student id given must be that one.</summary>
    private static Guid OwnStudent(IssueMyTranscriptInput input, MutationCall call)
    {
        var own = call.StudentId;
        if (input.StudentId is not null && call.Id(input.StudentId, "Student", Field.Of(nameof(IssueTranscriptCommand.StudentId))) != own)
        {
            call.Refuse(DomainError.Of(KernelReasons.OtherStudent, nameof(IssueTranscriptCommand.StudentId)));
        }
        return own;
    }
}
