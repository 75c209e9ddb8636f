using Ladok.Kernel.GraphQL.Scalars;
using System.Globalization;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class ResultVersionInput
{
    public string Id { get; init; } = "";
    public string Version { get; init; } = "";

    /// <summary>The result's id and version as the caller read them; otherwise the call is refused, VALIDATION on <paramref name="at"/>'s fields.</summary>
    public ResultRef Parse(MutationCall call, Field at) => ParseAll(call, [(this, at)])[0];

    /// <summary>Each result's id and version, the <c>Results</c> at their rows; every row that does not parse is refused at once.</summary>
    public static IReadOnlyList<ResultRef> ParseAll(MutationCall call, IReadOnlyList<ResultVersionInput>? inputs) =>
        ParseAll(call, (inputs ?? []).Select((r, i) => (r, Field.Of(nameof(MarkResultsReadyCommand.Results)).At(i))));

    private static List<ResultRef> ParseAll(MutationCall call, IEnumerable<(ResultVersionInput Input, Field At)> inputs)
    {
        var errors = new List<DomainError>();
        var parsed = new List<ResultRef>();
        foreach (var (input, at) in inputs)
        {
            var id = GlobalIdInput.Expect(input.Id, "Result", at.Then(nameof(ResultRef.Id)));
            errors.AddRange(id.Errors);
            if (!uint.TryParse(input.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                errors.Add(DomainError.Of(KernelReasons.NotAVersion, at.Then(nameof(ResultRef.Version)), input.Version));
            }
            parsed.Add(new ResultRef(id.Value, version));
        }
        if (errors.Count > 0) call.Refuse(errors);
        return parsed;
    }
}

public sealed class ResultVersionInputType : InputObjectGraphType<ResultVersionInput>
{
    public ResultVersionInputType()
    {
        Name = "ResultVersionInput";
        Description = "A result and the `version` of it you read: a change to a result someone else changed since is refused with CONFLICT.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The result's id.");
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("The result's `version` as you read it; the change is refused if the result changed since.");
    }
}

/// <summary>The fields every grade entry has.</summary>
public abstract class GradeEntryInput
{
    public string Grade { get; init; } = "";
    public DateOnly? ExaminationDate { get; init; }
    public string? ProjectTitle { get; init; }

    public GradeEntry Entry => new(Grade, ExaminationDate, ProjectTitle);
}

internal static class GradeEntryFields
{
    public static void Add<T>(InputObjectGraphType<T> type) where T : GradeEntryInput
    {
        type.Field<NonNullGraphType<StringGraphType>>("grade").Description("A grade code on the scale of the module or course version, such as G or VG.");
        type.Field<DateType>("examinationDate")
            .Description(
                "The day the student completed the work: not before the offering started, not in the future. A course grade may leave it out: it " +
                "is dated by its last module.");
        type.Field<StringGraphType>("projectTitle").Description("Needed where the course version requires a project title (degree projects).");
    }
}

public sealed class ReportResultInput : GradeEntryInput
{
    public string RegistrationId { get; init; } = "";
    public string? ModuleCode { get; init; }
}

public sealed class ReportResultInputType : InputObjectGraphType<ReportResultInput>
{
    public ReportResultInputType()
    {
        Name = "ReportResultInput";
        Description = "What `reportResult` needs: the registration, the module (or the course), the grade and the examination date.";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The `id` of the student's Registration on the offering.");
        Field<StringGraphType>("moduleCode").Description("The module's code, such as 0001; leave it out for the course grade.");
        GradeEntryFields.Add(this);
    }
}

public sealed class UpdateResultInput : GradeEntryInput
{
    public string Id { get; init; } = "";
    public string Version { get; init; } = "";
}

public sealed class UpdateResultInputType : InputObjectGraphType<UpdateResultInput>
{
    public UpdateResultInputType()
    {
        Name = "UpdateResultInput";
        Description = "The result's new grade, date and title, all of them.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The result's id.");
        Field<NonNullGraphType<StringGraphType>>("version").Description("The result's `version` as you read it.");
        GradeEntryFields.Add(this);
    }
}

public sealed class ResultsInput
{
    public IReadOnlyList<ResultVersionInput> Results { get; init; } = [];
    public IReadOnlyList<string> Examiners { get; init; } = [];
    public string? Reason { get; init; }
    public bool DryRun { get; init; }
}

public sealed class MarkResultsReadyInputType : InputObjectGraphType<ResultsInput>
{
    public MarkResultsReadyInputType()
    {
        Name = "MarkResultsReadyInput";
        Description = "What `markResultsReady` needs: the results, each with the version you read, and the examiners to tell.";
        ResultsInputFields.Results(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("examiners")
            .Description("User ids of the examiners who will decide; at least one.");
    }
}

public sealed class AttestResultsInputType : InputObjectGraphType<ResultsInput>
{
    public AttestResultsInputType()
    {
        Name = "AttestResultsInput";
        Description = "What `attestResults` needs: the results, each with the version you read.";
        ResultsInputFields.Results(this);
    }
}

public sealed class ReturnResultsToDraftInputType : InputObjectGraphType<ResultsInput>
{
    public ReturnResultsToDraftInputType()
    {
        Name = "ReturnResultsToDraftInput";
        Description = "What `returnResultsToDraft` needs: the results, each with the version you read.";
        ResultsInputFields.Results(this);
    }
}

public sealed class RejectResultsInputType : InputObjectGraphType<ResultsInput>
{
    public RejectResultsInputType()
    {
        Name = "RejectResultsInput";
        Description = "What `rejectResults` needs: the results, each with the version you read, and why.";
        ResultsInputFields.Results(this);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, for the reporter.");
    }
}

internal static class ResultsInputFields
{
    public static void Results(InputObjectGraphType<ResultsInput> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultVersionInputType>>>>("results")
            .Description($"The results, each with the version you read; at most {ResultChanges.MaxResultsPerCall}. Each that passes changes; "
                + "one that is refused (stale, in another state, refused by a rule) is a REFUSED row and stops no other.");
        type.Field<BooleanGraphType>("dryRun").DefaultValue(false)
            .Description("True to change nothing and learn, per result, whether the step would pass and why not (WOULD_CHANGE or REFUSED).");
    }
}

public sealed class ResultRemovalInput
{
    public ResultVersionInput Result { get; init; } = new();
    public string Reason { get; init; } = "";
}

public sealed class RequestResultRemovalInputType : InputObjectGraphType<ResultRemovalInput>
{
    public RequestResultRemovalInputType()
    {
        Name = "RequestResultRemovalInput";
        Description = "What `requestResultRemoval` needs: the attested result and why it should be removed.";
        Field<NonNullGraphType<ResultVersionInputType>>("result").Description("The attested result and the version you read.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the attested result should go, for the examiner.");
    }
}

public sealed class AttestResultRemovalInputType : InputObjectGraphType<ResultRemovalInput>
{
    public AttestResultRemovalInputType()
    {
        Name = "AttestResultRemovalInput";
        Description = "What `attestResultRemoval` needs: the result whose removal was asked for.";
        Field<NonNullGraphType<ResultVersionInputType>>("result").Description("The result whose removal was asked for, and the version you read.");
    }
}

public sealed class DeleteResultInputType : InputObjectGraphType<ResultRemovalInput>
{
    public DeleteResultInputType()
    {
        Name = "DeleteResultInput";
        Description = "What `deleteResult` needs: the draft or rejected result.";
        Field<NonNullGraphType<ResultVersionInputType>>("result").Description("The draft result and the version you read.");
    }
}

public sealed class ReportResultsRowInput : GradeEntryInput
{
    public string? StudentId { get; init; }
    public string? IdentityNumber { get; init; }
    public string? AnonymousCode { get; init; }
}

public sealed class ReportResultsRowInputType : InputObjectGraphType<ReportResultsRowInput>
{
    public ReportResultsRowInputType()
    {
        Name = "ReportResultsRowInput";
        Description = "One student's grade: name the student by `studentId`, by `identityNumber` or by `anonymousCode` (exactly one).";
        Field<IdGraphType>("studentId").Description("The student's id; give this, `identityNumber` or `anonymousCode`.");
        Field<PersonalIdentityNumberType>("identityNumber").Description("The student's identity number; give this, `studentId` or `anonymousCode`.");
        Field<StringGraphType>("anonymousCode")
            .Description("The anonymous code of the student's sign-up at the batch's `examSittingId`, such as KXRT7, as written on the exam.");
        GradeEntryFields.Add(this);
    }
}

public sealed class ReportResultsInput
{
    public string IdempotencyKey { get; init; } = "";
    public string OfferingId { get; init; } = "";
    public string? ModuleCode { get; init; }
    public string? ExamSittingId { get; init; }
    public IReadOnlyList<ReportResultsRowInput> Rows { get; init; } = [];
}

public sealed class ReportResultsInputType : InputObjectGraphType<ReportResultsInput>
{
    public ReportResultsInputType()
    {
        Name = "ReportResultsInput";
        Description = "What `reportResults` needs: the offering, the module, the rows of an exam sitting, and a key that makes sending it again safe.";
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .Description(
                "Your name for this batch, such as the exam sitting's id. Sending the same batch again changes nothing; the same key with other " +
                "rows is refused.");
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The `id` of the CourseOffering the exam belongs to.");
        Field<StringGraphType>("moduleCode").Description("The module examined; leave it out for course grades.");
        Field<IdGraphType>("examSittingId")
            .Description("The `id` of the ExamSitting whose anonymous codes the rows name students by; it must examine this module (or the course).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportResultsRowInputType>>>>("rows").Description($"1 to {ReportResultsHandler.MaxRows} rows.");
    }
}

public sealed class RecordCreditTransferInput : GradeEntryInput
{
    public string StudentId { get; init; } = "";
    public string CourseVersionId { get; init; } = "";
    public string? ModuleCode { get; init; }
    public string TransferredFrom { get; init; } = "";
}

public sealed class RecordCreditTransferInputType : InputObjectGraphType<RecordCreditTransferInput>
{
    public RecordCreditTransferInputType()
    {
        Name = "RecordCreditTransferInput";
        Description = "What `recordCreditTransfer` needs: the student, the course version or module, the grade, and where the credits were earned.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The student's id.");
        Field<NonNullGraphType<IdGraphType>>("courseVersionId").Description("The `id` of the CourseVersion the credits are recognised as.");
        Field<StringGraphType>("moduleCode").Description("A module of it; leave it out to transfer the whole course.");
        Field<NonNullGraphType<StringGraphType>>("transferredFrom").Description("Where the credits were earned: university, course and term.");
        GradeEntryFields.Add(this);
    }
}
