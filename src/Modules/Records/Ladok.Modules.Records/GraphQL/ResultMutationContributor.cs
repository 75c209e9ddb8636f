using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// The result workflow's mutations. Each declares the profile function it needs; the handler
/// then checks the course right (rapporterings- or attesteringsrätt) on each result's course.
/// </summary>
public sealed class ResultMutationContributor : ISchemaContributor
{
    private static readonly UserError NoUserId = new(ErrorCode.Unauthenticated, "Your sign-in carries no user id.", []);

    public void Contribute(SchemaComposition schema)
    {
        var mutation = schema.Mutation;

        One<ReportResultPayloadType, ReportResultInputType>(mutation, "reportResult", RecordsPolicies.Report,
            "Reports a result as a draft on a student's registration. Needs a reporting right on the course. Sending the same grade again returns the result already there.",
            async (c, by) =>
            {
                var input = c.GetArgument<ReportResultInput>("input");
                var registrationId = GlobalIdInput.Expect(input.RegistrationId, "Registration", "input", "registrationId");
                if (!registrationId.Succeeded) return Outcome<Result>.Failure(registrationId.Errors);
                return await Handler<ReportResultHandler>(c).HandleAsync(new ReportResultCommand(registrationId.Value, input.ModuleCode, input.Entry, by), c.CancellationToken);
            });

        One<UpdateResultPayloadType, UpdateResultInputType>(mutation, "updateResult", RecordsPolicies.Report,
            "Changes a draft, ready or rejected result; a ready one becomes a draft again and must be marked ready anew.",
            async (c, by) =>
            {
                var input = c.GetArgument<UpdateResultInput>("input");
                var result = new ResultVersionInput { Id = input.Id, Version = input.Version }.Parse("input");
                if (!result.Succeeded) return Outcome<Result>.Failure(result.Errors);
                return await Handler<EditResultHandler>(c).HandleAsync(new EditResultCommand(result.Value!, input.Entry, by), c.CancellationToken);
            });

        One<DeleteResultPayloadType, DeleteResultInputType>(mutation, "deleteResult", RecordsPolicies.Report,
            "Deletes a draft or rejected result. Attested results are never deleted: request their removal.",
            async (c, by) => await WithResult(c, result => Handler<DeleteResultHandler>(c).HandleAsync(new DeleteResultCommand(result, by), c.CancellationToken)));

        Many<MarkResultsReadyPayloadType, MarkResultsReadyInputType>(mutation, "markResultsReady", RecordsPolicies.Report,
            "Klarmarkera: hands drafts or rejected results to the named examiners. The university's result rules may refuse (errors with `rule`).",
            (c, input, results, by) => Handler<MarkResultsReadyHandler>(c).HandleAsync(new MarkResultsReadyCommand(results, input.Examiners, by), c.CancellationToken));

        Many<ReturnResultsToDraftPayloadType, ReturnResultsToDraftInputType>(mutation, "returnResultsToDraft", RecordsPolicies.Report,
            "Takes ready results back to draft.",
            (c, _, results, by) => Handler<ReturnResultsToDraftHandler>(c).HandleAsync(new DecideResultsCommand(results, by), c.CancellationToken));

        Many<AttestResultsPayloadType, AttestResultsInputType>(mutation, "attestResults", RecordsPolicies.Attest,
            "Attestera: decides ready results that name you as examiner. Needs an attesting right on each course. The university's result rules may refuse (errors with `rule`). An attested result is never edited.",
            (c, _, results, by) => Handler<AttestResultsHandler>(c).HandleAsync(new DecideResultsCommand(results, by), c.CancellationToken));

        Many<RejectResultsPayloadType, RejectResultsInputType>(mutation, "rejectResults", RecordsPolicies.Attest,
            "Avslå: sends ready results that name you as examiner back to their reporter, saying why.",
            (c, input, results, by) => Handler<RejectResultsHandler>(c).HandleAsync(new DecideResultsCommand(results, by, input.Reason), c.CancellationToken));

        One<RequestResultRemovalPayloadType, RequestResultRemovalInputType>(mutation, "requestResultRemoval", RecordsPolicies.Report,
            "Asks an examiner to attest the removal of an attested result, the first step of changing it. Needs a reporting right on the course.",
            async (c, by) => await WithResult(c, result =>
                Handler<RequestResultRemovalHandler>(c).HandleAsync(new RequestResultRemovalCommand(result, c.GetArgument<ResultRemovalInput>("input").Reason, by), c.CancellationToken)));

        One<AttestResultRemovalPayloadType, AttestResultRemovalInputType>(mutation, "attestResultRemoval", RecordsPolicies.Attest,
            "Attests a requested removal. The result stays on record, marked removed; a new result may then be reported. Needs an attesting right on the course.",
            async (c, by) => await WithResult(c, result => Handler<AttestResultRemovalHandler>(c).HandleAsync(new AttestResultRemovalCommand(result, by), c.CancellationToken)));

        One<RecordCreditTransferPayloadType, RecordCreditTransferInputType>(mutation, "recordCreditTransfer", RecordsPolicies.Register,
            "Tillgodoräknande: records credits earned elsewhere as an attested result on a course version or module. Needs records.register at the course's department.",
            async (c, by) =>
            {
                var input = c.GetArgument<RecordCreditTransferInput>("input");
                var studentId = GlobalIdInput.Expect(input.StudentId, "Student", "input", "studentId");
                var versionId = GlobalIdInput.Expect(input.CourseVersionId, "CourseVersion", "input", "courseVersionId");
                if (!studentId.Succeeded || !versionId.Succeeded) return Outcome<Result>.Failure([.. studentId.Errors, .. versionId.Errors]);
                return await Handler<RecordCreditTransferHandler>(c).HandleAsync(
                    new RecordCreditTransferCommand(studentId.Value, versionId.Value, input.ModuleCode, input.Entry, input.TransferredFrom, by), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReportResultsPayloadType>>("reportResults")
            .Description("Reports a whole exam sitting as drafts in one transaction, with an outcome per row. Idempotent: sending the same batch again changes nothing and says UNCHANGED per row.")
            .Argument<NonNullGraphType<ReportResultsInputType>>("input")
            .RequirePolicy(RecordsPolicies.Report)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } by) return new ReportResultsPayload([], [NoUserId]);
                var input = c.GetArgument<ReportResultsInput>("input");
                var offeringId = GlobalIdInput.Expect(input.OfferingId, "CourseOffering", "input", "offeringId");
                var rows = input.Rows.Select((row, i) => (row, id: row.StudentId is null ? null : GlobalIdInput.Expect(row.StudentId, "Student", "input", "rows", $"{i}", "studentId"))).ToList();
                var errors = offeringId.Errors.Concat(rows.SelectMany(r => r.id?.Errors ?? [])).ToList();
                if (errors.Count > 0) return new ReportResultsPayload([], UserError.From(errors));

                var outcome = await Handler<ReportResultsHandler>(c).HandleAsync(
                    new ReportResultsCommand(input.IdempotencyKey, offeringId.Value, input.ModuleCode,
                        rows.Select(r => new ReportResultsRow(r.id?.Value, r.row.IdentityNumber, r.row.Entry)).ToList(), by),
                    c.CancellationToken);
                return new ReportResultsPayload(outcome.Value ?? [], UserError.From(outcome.Errors));
            });
    }

    private static void One<TPayloadType, TInputType>(
        ObjectGraphType mutation, string name, string policy, string description, Func<IResolveFieldContext, string, Task<Outcome<Result>>> run)
        where TPayloadType : ResultPayloadType where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequirePolicy(policy)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } by) return new ResultPayload(null, [NoUserId]);
                var outcome = await run(c, by);
                return new ResultPayload(outcome.Value, UserError.From(outcome.Errors));
            });

    private static void Many<TPayloadType, TInputType>(
        ObjectGraphType mutation, string name, string policy, string description,
        Func<IResolveFieldContext, ResultsInput, IReadOnlyList<ResultRef>, string, Task<Outcome<IReadOnlyList<Result>>>> run)
        where TPayloadType : ResultsPayloadType where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequirePolicy(policy)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } by) return new ResultsPayload([], [NoUserId]);
                var input = c.GetArgument<ResultsInput>("input");
                var results = ResultVersionInput.ParseAll(input.Results);
                if (!results.Succeeded) return new ResultsPayload([], UserError.From(results.Errors));
                var outcome = await run(c, input, results.Value!, by);
                return new ResultsPayload(outcome.Value ?? [], UserError.From(outcome.Errors));
            });

    private static async Task<Outcome<Result>> WithResult(IResolveFieldContext context, Func<ResultRef, Task<Outcome<Result>>> run)
    {
        var result = context.GetArgument<ResultRemovalInput>("input").Result.Parse("input", "result");
        return result.Succeeded ? await run(result.Value!) : Outcome<Result>.Failure(result.Errors);
    }

    private static THandler Handler<THandler>(IResolveFieldContext context) where THandler : notnull =>
        context.RequestServices!.GetRequiredService<THandler>();
}
