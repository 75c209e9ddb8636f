using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.GraphQL.Scalars;
using Ladok.Modules.Records.Application.Sittings;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// Exam sittings (aktivitetstillfällen): study administrators plan them, students sign up. A sitting's time and place are no one's
/// personal data, so any signed-in user reads them; who signed up is shown by <see cref="ExamSittingAccess"/>'s rule.
/// </summary>
public sealed class SittingSchemaContributor : ISchemaContributor
{

    public void Contribute(SchemaComposition schema)
    {
        schema.Query.Field<ExamSittingType>("examSitting")
            .Description("The exam sitting with this id; null when there is none. For staff and students alike.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The `id` of the ExamSitting.")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c =>
            {
                var id = GlobalIdInput.Expect(c.GetArgument<string>("id"), "ExamSitting", Field.Of("id"));
                if (!id.Succeeded) throw LadokException.From(id.Errors[0]);
                return await c.RequestServices!.GetRequiredService<ExamSittingReader>().SittingAsync(id.Value, c.CancellationToken);
            });

        schema.Query.Field<ListGraphType<NonNullGraphType<ExamSittingType>>>("examSittings")
            .Description("A course's exam sittings, earliest first, cancelled ones too; `from` and `to` narrow them to the days between (both included).")
            .Argument<NonNullGraphType<StringGraphType>>("courseCode", "The course, such as 5DV001.")
            .Argument<DateType>("from", "The first day, in the university's time zone; leave it out for no lower bound.")
            .Argument<DateType>("to", "The last day; leave it out for no upper bound.")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c =>
            {
                var zone = c.RequestServices!.GetRequiredService<TimeProvider>().LocalTimeZone;
                DateTimeOffset? StartOf(DateOnly? day) => day is { } d
                    ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue)))
                    : null;
                return await c.RequestServices!.GetRequiredService<ExamSittingReader>().SittingsAsync(
                    c.GetArgument<string>("courseCode"), StartOf(c.GetArgument<DateOnly?>("from")), StartOf(c.GetArgument<DateOnly?>("to")?.AddDays(1)),
                    c.CancellationToken);
            });

        AddPlanning(schema);
        AddSignUps(schema);
    }

    private static void AddPlanning(SchemaComposition schema)
    {
        PayloadField<ExamSitting>[] sitting = [new("examSitting", typeof(ExamSittingType), "The sitting as it now is; null when refused.")];
        schema.AddMutation(new MutationDeclaration<CreateExamSittingInput, CreateExamSittingCommand, ExamSitting>
        {
            Name = "createExamSitting",
            Description = "Plans an exam sitting (aktivitetstillfälle) on a course version or one of its modules. Needs records.register at the "
                + "course's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(CreateExamSittingInputType),
            Command = (input, call) => new CreateExamSittingCommand(
                call.Id(input.CourseVersionId, "CourseVersion", Field.Of(nameof(CreateExamSittingCommand.CourseVersionId))), input.ModuleCode, input.Plan,
                call.UserId),
            Payload = sitting,
        });
        schema.AddMutation(new MutationDeclaration<ChangeExamSittingInput, ChangeExamSittingCommand, ExamSitting>
        {
            Name = "changeExamSitting",
            Description = "Moves an exam sitting or changes its place, sign-up window or seats (never below those signed up), over the version you "
                + "read. Needs records.register at the course's department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(ChangeExamSittingInputType),
            Command = (input, call) => new ChangeExamSittingCommand(
                call.Id(input.ExamSittingId, "ExamSitting", ExamSitting.Itself), Version(input.Version, call), input.Plan, call.UserId),
            Payload = sitting,
        });
        schema.AddMutation(new MutationDeclaration<CancelExamSittingInput, CancelExamSittingCommand, ExamSitting>
        {
            Name = "cancelExamSitting",
            Description = "Cancels an exam sitting: nobody signs up any more; the sign-ups stay on record. Needs records.register at the course's department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(CancelExamSittingInputType),
            Command = (input, call) => new CancelExamSittingCommand(
                call.Id(input.ExamSittingId, "ExamSitting", ExamSitting.Itself), Version(input.Version, call), call.UserId),
            Payload = sitting,
        });
    }

    private static void AddSignUps(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<ExamSittingSignUpInput, SignUpForExamSittingCommand, ExamSittingSeat>
        {
            Name = "signUpForExamSitting",
            Description = "Signs you, a signed-in student, up for an exam sitting: registered on an offering of the course version examined, "
                + "within the sign-up window, once, while seats are left. You get an anonymous code to write on your exam.",
            Policy = Policies.SignedIn,
            InputType = typeof(SignUpForExamSittingInputType),
            Command = (input, call) => new SignUpForExamSittingCommand(
                call.Id(input.ExamSittingId, "ExamSitting", ExamSitting.Itself), call.StudentId, call.UserId),
            Payload =
            [
                new("signUp", typeof(ExamSittingSignUpType), "Your sign-up with its anonymous code; null when refused.", (seat, _) => seat?.SignUp),
                new("examSitting", typeof(ExamSittingType), "The sitting; null when refused.", (seat, _) => seat?.Sitting),
            ],
        });
        schema.AddMutation(new MutationDeclaration<ExamSittingSignUpInput, CancelExamSittingSignUpCommand, ExamSittingSeat>
        {
            Name = "cancelExamSittingSignUp",
            Description = "Takes back your own sign-up for an exam sitting, within its sign-up window; the seat is free again.",
            Policy = Policies.SignedIn,
            InputType = typeof(CancelExamSittingSignUpInputType),
            Command = (input, call) => new CancelExamSittingSignUpCommand(
                call.Id(input.ExamSittingId, "ExamSitting", ExamSitting.Itself), call.StudentId, call.UserId),
            Payload = [new("examSitting", typeof(ExamSittingType), "The sitting; null when refused.", (seat, _) => seat?.Sitting)],
        });
    }

    private static uint Version(string written, MutationCall call)
    {
        if (uint.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return version;
        call.Refuse(DomainError.Of(KernelReasons.NotAVersion, nameof(ChangeExamSittingCommand.Version), written));
        return default;
    }
}
