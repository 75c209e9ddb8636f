using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// The result workflow's mutations. Each declares the profile function it needs; the handler
/// then checks the course right (rapporterings- or attesteringsrätt) on each result's course.
/// </summary>
public sealed class ResultMutationContributor : ISchemaContributor
{
    /// <summary>Where a command on one result names it.</summary>
    private static readonly Field OneResult = Field.Of(nameof(DeleteResultCommand.Result));

    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<ReportResultInput, ReportResultCommand, Result>
        {
            Name = "reportResult",
            Description = "Reports a result as a draft on a student's registration. Needs a reporting right on the course. "
                + "Sending the same grade again returns the result already there.",
            Policy = RecordsPolicies.Report,
            InputType = typeof(ReportResultInputType),
            Command = (input, call) => new ReportResultCommand(
                call.Id(input.RegistrationId, "Registration", Field.Of(nameof(ReportResultCommand.RegistrationId))),
                input.ModuleCode, input.Entry, call.UserId),
            Payload = One("The draft, or the result that already said the same; null when refused."),
        });

        schema.AddMutation(new MutationDeclaration<UpdateResultInput, EditResultCommand, Result>
        {
            Name = "updateResult",
            Description = "Changes a draft, ready or rejected result; a ready one becomes a draft again and must be marked ready anew.",
            Policy = RecordsPolicies.Report,
            InputType = typeof(UpdateResultInputType),
            // The input is flat: the result's id and version beside the entry's fields.
            Command = (input, call) => new EditResultCommand(
                new ResultVersionInput { Id = input.Id, Version = input.Version }.Parse(call, Field.Whole), input.Entry, call.UserId),
            Payload = One("The changed result, now a draft; null when refused."),
        });

        schema.AddMutation(new MutationDeclaration<ResultRemovalInput, DeleteResultCommand, Result>
        {
            Name = "deleteResult",
            Description = "Deletes a draft or rejected result. Attested results are never deleted: request their removal.",
            Policy = RecordsPolicies.Report,
            InputType = typeof(DeleteResultInputType),
            Command = (input, call) => new DeleteResultCommand(input.Result.Parse(call, OneResult), call.UserId),
            Payload = One("The result as it was before it was deleted; null when refused."),
        });

        schema.AddMutation(new MutationDeclaration<ResultsInput, MarkResultsReadyCommand, BulkStep>
        {
            Name = "markResultsReady",
            Description = "Klarmarkera: hands drafts or rejected results to the attestants, telling the named examiners. "
                + "The university's result rules may refuse (errors with `rule`).",
            Policy = RecordsPolicies.Report,
            InputType = typeof(MarkResultsReadyInputType),
            Command = (input, call) =>
                new MarkResultsReadyCommand(ResultVersionInput.ParseAll(call, input.Results), input.Examiners, call.UserId, input.DryRun),
            Payload = Many,
        });

        schema.AddMutation(new MutationDeclaration<ResultsInput, ReturnResultsToDraftCommand, BulkStep>
        {
            Name = "returnResultsToDraft",
            Description = "Takes ready results back to draft.",
            Policy = RecordsPolicies.Report,
            InputType = typeof(ReturnResultsToDraftInputType),
            Command = (input, call) => new ReturnResultsToDraftCommand(ResultVersionInput.ParseAll(call, input.Results), call.UserId, input.DryRun),
            Payload = Many,
        });

        schema.AddMutation(new MutationDeclaration<ResultsInput, AttestResultsCommand, BulkStep>
        {
            Name = "attestResults",
            Description = "Attestera: decides ready results, named as examiner or not. Needs an attesting right on each course (for a credit transfer, "
                + "what the university chose); a credit transfer is never decided by the person who recorded it. "
                + "The university's result rules may refuse (errors with `rule`). An attested result is never edited.",
            Policy = RecordsPolicies.Attest,
            InputType = typeof(AttestResultsInputType),
            Command = (input, call) => new AttestResultsCommand(ResultVersionInput.ParseAll(call, input.Results), call.UserId, input.DryRun),
            Payload = Many,
        });

        schema.AddMutation(new MutationDeclaration<ResultsInput, RejectResultsCommand, BulkStep>
        {
            Name = "rejectResults",
            Description = "Avslå: sends ready results back to their reporter, saying why. Needs the same rights as attestResults.",
            Policy = RecordsPolicies.Attest,
            InputType = typeof(RejectResultsInputType),
            Command = (input, call) =>
                new RejectResultsCommand(ResultVersionInput.ParseAll(call, input.Results), input.Reason ?? "", call.UserId, input.DryRun),
            Payload = Many,
        });

        schema.AddMutation(new MutationDeclaration<ResultRemovalInput, RequestResultRemovalCommand, Result>
        {
            Name = "requestResultRemoval",
            Description = "Asks an examiner to attest the removal of an attested result, the first step of changing it. Needs a reporting right on the course.",
            Policy = RecordsPolicies.Report,
            InputType = typeof(RequestResultRemovalInputType),
            Command = (input, call) => new RequestResultRemovalCommand(input.Result.Parse(call, OneResult), input.Reason, call.UserId),
            Payload = One("The result, now waiting for an examiner to attest its removal; null when refused."),
        });

        schema.AddMutation(new MutationDeclaration<ResultRemovalInput, AttestResultRemovalCommand, Result>
        {
            Name = "attestResultRemoval",
            Description = "Attests a requested removal. The result stays on record, marked removed; a new result may then be reported. "
                + "Needs an attesting right on the course.",
            Policy = RecordsPolicies.Attest,
            InputType = typeof(AttestResultRemovalInputType),
            Command = (input, call) => new AttestResultRemovalCommand(input.Result.Parse(call, OneResult), call.UserId),
            Payload = One("The result, now removed but kept on record; null when refused."),
        });

        schema.AddMutation(new MutationDeclaration<RecordCreditTransferInput, RecordCreditTransferCommand, Result>
        {
            Name = "recordCreditTransfer",
            Description = "Tillgodoräknande: records credits earned elsewhere as a result on a course version or module, ready for an attestant "
                + "other than you to decide (attestResults or rejectResults). Needs records.register at the course's department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordCreditTransferInputType),
            Command = (input, call) =>
            {
                var (studentId, versionId) = GlobalIds.Both(call,
                    (input.StudentId, "Student", Field.Of(nameof(RecordCreditTransferCommand.StudentId))),
                    (input.CourseVersionId, "CourseVersion", Field.Of(nameof(RecordCreditTransferCommand.CourseVersionId))));
                return new RecordCreditTransferCommand(studentId, versionId, input.ModuleCode, input.Entry, input.TransferredFrom, call.UserId);
            },
            Payload = One("The credit transfer, ready for an attestant; null when refused."),
        });

        schema.AddMutation(new MutationDeclaration<ReportResultsInput, ReportResultsCommand, IReadOnlyList<ReportedRow>>
        {
            Name = "reportResults",
            Description = "Reports a whole exam sitting as drafts in one transaction, with an outcome per row. "
                + "Idempotent: sending the same batch again changes nothing and says UNCHANGED per row. Rows name students by id, identity number, "
                + "or the anonymous code of their sign-up at the `examSittingId` given.",
            Policy = RecordsPolicies.Report,
            InputType = typeof(ReportResultsInputType),
            Command = ReportResults,
            Payload = ReportedRows,
        });
    }

    /// <summary>The bulk report's command; every id that does not decode, the offering's and each row's, is refused at once.</summary>
    private static ReportResultsCommand ReportResults(ReportResultsInput input, MutationCall call)
    {
        var offeringId = GlobalIdInput.Expect(input.OfferingId, "CourseOffering", Field.Of(nameof(ReportResultsCommand.OfferingId)));
        var studentIds = input.Rows
            .Select((row, i) => row.StudentId is null
                ? null
                : GlobalIdInput.Expect(row.StudentId, "Student", Field.Of(nameof(ReportResultsCommand.Rows)).At(i).Then(nameof(ReportResultsRow.StudentId))))
            .ToList();
        var sittingId = input.ExamSittingId is null ? null : GlobalIdInput.Expect(input.ExamSittingId, "ExamSitting", ExamSitting.Itself);
        var errors = offeringId.Errors.Concat(sittingId?.Errors ?? []).Concat(studentIds.SelectMany(id => id?.Errors ?? [])).ToList();
        if (errors.Count > 0) call.Refuse(errors);

        var rows = input.Rows.Select((row, i) => new ReportResultsRow(studentIds[i]?.Value, row.IdentityNumber, row.Entry, row.AnonymousCode)).ToList();
        return new ReportResultsCommand(input.IdempotencyKey, offeringId.Value, input.ModuleCode, rows, call.UserId, sittingId?.Value);
    }

    private static PayloadField<Result>[] One(string description) => [new("result", typeof(ResultType), description)];

    /// <summary>A step on many results: the changed ones, a row per result, and how many had each outcome.</summary>
    private static readonly PayloadField<BulkStep>[] Many =
    [
        new("results", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>),
            "The changed results in the order given; empty in a dry run or when refused as a whole.", (step, _) => step?.Changed ?? []),
        new("rows", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<BulkResultRowType>>>),
            "One per result of the input, in order; empty when the whole call was refused (see `errors`).", (step, _) => step?.Rows ?? []),
        .. Enum.GetValues<BulkStepOutcome>().Select(outcome => new PayloadField<BulkStep>(
            char.ToLowerInvariant(outcome.ToString()[0]) + outcome.ToString()[1..], typeof(NonNullGraphType<IntGraphType>),
            $"How many rows were {ScreamingCase(outcome.ToString())}.", (step, _) => step?.Rows.Count(r => r.Outcome == outcome) ?? 0)),
        new("dryRun", typeof(NonNullGraphType<BooleanGraphType>), "True when nothing was stored: the input asked for a dry run.",
            (step, _) => step?.DryRun ?? false),
    ];

    private static string ScreamingCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    /// <summary>The rows in order, and how many had each outcome.</summary>
    private static readonly PayloadField<IReadOnlyList<ReportedRow>>[] ReportedRows =
    [
        new("rows", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ReportedRowType>>>),
            "One per input row, in order; empty when the whole batch was refused (see `errors`).", (rows, _) => rows ?? []),
        .. Enum.GetValues<ReportOutcome>().Select(outcome => new PayloadField<IReadOnlyList<ReportedRow>>(
            char.ToLowerInvariant(outcome.ToString()[0]) + outcome.ToString()[1..], typeof(NonNullGraphType<IntGraphType>),
            $"How many rows were {outcome.ToString().ToUpperInvariant()}.", (rows, _) => rows?.Count(r => r.Outcome == outcome) ?? 0)),
    ];
}
