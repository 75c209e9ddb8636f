using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Application.Sittings;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// The Records module's commands as the host runs them: its handlers from the container the module registers, on the
/// test's database, Catalogue, Permissions and clock, each command through the Kernel's pipeline (one unit of work,
/// saved, committed and announced as a mutation's is), by the user the command names. A handler's constructor is the
/// container's business, not the tests'. The result and re-registration rules are none unless a call brings its own; credit
/// transfers are decided as the university chose (<paramref name="creditTransfers"/>), by default on the course's attesting right.
/// </summary>
internal sealed class RecordsCommands(
    NpgsqlDataSource dataSource, ICatalogueQueries catalogue, IPermissionQueries permissions, TimeProvider clock,
    CreditTransferAttestation? creditTransfers = null, IAdmissionStandings? admissions = null)
    : IAsyncDisposable
{
    private readonly CommandRunner runner = new(b =>
    {
        b.RegisterModule<RecordsModule>();
        b.RegisterInstance(dataSource).ExternallyOwned();
        b.RegisterInstance(catalogue).As<ICatalogueQueries>();
        b.RegisterInstance(permissions).As<IPermissionQueries>();
        b.RegisterInstance(clock).As<TimeProvider>();
        b.RegisterInstance(TestResultRules.Of(catalogue, clock));
        if (creditTransfers is not null) b.RegisterInstance(creditTransfers);
        b.RegisterInstance(PluginExtensions<IReRegistrationRule>.None);
        b.RegisterInstance(NullLogger<ReRegistrationRules>.Instance).As<ILogger<ReRegistrationRules>>();
        b.RegisterInstance(admissions ?? new FakeAdmissions()).As<IAdmissionStandings>();
        b.RegisterInstance(PluginExtensions<IRegistrationObstacleRule>.None);
        b.RegisterInstance(NullLogger<RegistrationObstacleRules>.Instance).As<ILogger<RegistrationObstacleRules>>();
        b.RegisterInstance(SelfWithdrawalPeriod.Default);
    });

    public Task<Outcome<Student>> RunAsync(CreateStudentCommand command) => RunAsync<CreateStudentCommand, Student>(command, command.CreatedBy);

    /// <summary>Registers, asking the re-registration rules given instead of none.</summary>
    public Task<Outcome<Registration>> RunAsync(RegisterStudentCommand command, PluginExtensions<IReRegistrationRule>? reRegistrationRules = null) =>
        runner.RunAsync<RegisterStudentCommand, Registration>(command, new Caller(command.RegisteredBy),
            reRegistrationRules is null ? null : b => b.RegisterInstance(reRegistrationRules));

    /// <summary>The student registers themself, asking the obstacle rules given instead of none.</summary>
    public Task<Outcome<Registration>> RunAsync(RegisterMyselfCommand command, PluginExtensions<IRegistrationObstacleRule>? obstacleRules = null) =>
        runner.RunAsync<RegisterMyselfCommand, Registration>(command, new Caller(command.By),
            obstacleRules is null ? null : b => b.RegisterInstance(obstacleRules));

    /// <summary>The student withdraws themself, within the period given instead of the default.</summary>
    public Task<Outcome<Registration>> RunAsync(WithdrawMyselfCommand command, SelfWithdrawalPeriod? period = null) =>
        runner.RunAsync<WithdrawMyselfCommand, Registration>(command, new Caller(command.By), period is null ? null : b => b.RegisterInstance(period));

    public Task<Outcome<FeePayingStatus>> RunAsync(RecordFeePaymentCommand command) =>
        RunAsync<RecordFeePaymentCommand, FeePayingStatus>(command, command.RecordedBy);

    public Task<Outcome<Suspension>> RunAsync(RecordSuspensionCommand command) => RunAsync<RecordSuspensionCommand, Suspension>(command, command.RecordedBy);

    public Task<Outcome<ProgrammeRegistration>> RunAsync(RegisterOnProgrammeCommand command) =>
        RunAsync<RegisterOnProgrammeCommand, ProgrammeRegistration>(command, command.RegisteredBy);

    public Task<Outcome<StudyBreak>> RunAsync(RecordStudyBreakCommand command) => RunAsync<RecordStudyBreakCommand, StudyBreak>(command, command.RecordedBy);

    public Task<Outcome<ProgrammeStudyBreakRecord>> RunAsync(RecordProgrammeStudyBreakCommand command) =>
        RunAsync<RecordProgrammeStudyBreakCommand, ProgrammeStudyBreakRecord>(command, command.RecordedBy);

    public Task<Outcome<DropoutRecord>> RunAsync(RecordDropoutCommand command) => RunAsync<RecordDropoutCommand, DropoutRecord>(command, command.RecordedBy);

    public Task<Outcome<Registration>> RunAsync(RemoveRegistrationCommand command) =>
        RunAsync<RemoveRegistrationCommand, Registration>(command, command.RemovedBy);

    public Task<Outcome<Result>> RunAsync(ReportResultCommand command) => RunAsync<ReportResultCommand, Result>(command, command.By);

    public Task<Outcome<IReadOnlyList<ReportedRow>>> RunAsync(ReportResultsCommand command) =>
        RunAsync<ReportResultsCommand, IReadOnlyList<ReportedRow>>(command, command.By);

    public Task<Outcome<Result>> RunAsync(EditResultCommand command) => RunAsync<EditResultCommand, Result>(command, command.By);

    public Task<Outcome<Result>> RunAsync(DeleteResultCommand command) => RunAsync<DeleteResultCommand, Result>(command, command.By);

    // A step on many results answers per result (BulkStep); these read it as most tests do: the changed results when every one
    // changed, otherwise the refusals (the call's, or every refused row's). StepAsync gives the rows themselves.
    public async Task<Outcome<IReadOnlyList<Result>>> RunAsync(MarkResultsReadyCommand command, ResultRules? rules = null) =>
        Whole(await StepAsync(command, rules));

    public async Task<Outcome<IReadOnlyList<Result>>> RunAsync(ReturnResultsToDraftCommand command) =>
        Whole(await RunAsync<ReturnResultsToDraftCommand, BulkStep>(command, command.By));

    public async Task<Outcome<IReadOnlyList<Result>>> RunAsync(AttestResultsCommand command, ResultRules? rules = null) =>
        Whole(await StepAsync(command, rules));

    public async Task<Outcome<IReadOnlyList<Result>>> RunAsync(RejectResultsCommand command) =>
        Whole(await RunAsync<RejectResultsCommand, BulkStep>(command, command.By));

    public Task<Outcome<BulkStep>> StepAsync(MarkResultsReadyCommand command, ResultRules? rules = null) =>
        RunAsync<MarkResultsReadyCommand, BulkStep>(command, command.By, rules);

    public Task<Outcome<BulkStep>> StepAsync(AttestResultsCommand command, ResultRules? rules = null) =>
        RunAsync<AttestResultsCommand, BulkStep>(command, command.By, rules);

    private static Outcome<IReadOnlyList<Result>> Whole(Outcome<BulkStep> step)
    {
        if (!step.Succeeded) return Outcome<IReadOnlyList<Result>>.Failure(step.Errors);
        var refused = step.Value!.Rows.Where(r => r.Outcome == BulkStepOutcome.Refused).SelectMany(r => r.Errors).ToList();
        return refused.Count > 0 ? Outcome<IReadOnlyList<Result>>.Failure(refused) : Outcome<IReadOnlyList<Result>>.Success(step.Value.Changed);
    }

    public Task<Outcome<Result>> RunAsync(RequestResultRemovalCommand command) => RunAsync<RequestResultRemovalCommand, Result>(command, command.By);

    public Task<Outcome<Result>> RunAsync(AttestResultRemovalCommand command) => RunAsync<AttestResultRemovalCommand, Result>(command, command.By);

    public Task<Outcome<Result>> RunAsync(RecordCreditTransferCommand command) => RunAsync<RecordCreditTransferCommand, Result>(command, command.By);

    public Task<Outcome<Student>> RunAsync(ChangeIdentityNumberCommand command) => RunAsync<ChangeIdentityNumberCommand, Student>(command, command.ChangedBy);

    public Task<Outcome<FeePayingStatus>> RunAsync(RecordFeePayingCommand command) => RunAsync<RecordFeePayingCommand, FeePayingStatus>(command,
        command.RecordedBy);

    public Task<Outcome<ExamSitting>> RunAsync(CreateExamSittingCommand command) => RunAsync<CreateExamSittingCommand, ExamSitting>(command, command.By);

    public Task<Outcome<ExamSitting>> RunAsync(ChangeExamSittingCommand command) => RunAsync<ChangeExamSittingCommand, ExamSitting>(command, command.By);

    public Task<Outcome<ExamSitting>> RunAsync(CancelExamSittingCommand command) => RunAsync<CancelExamSittingCommand, ExamSitting>(command, command.By);

    public Task<Outcome<ExamSittingSeat>> RunAsync(SignUpForExamSittingCommand command) =>
        RunAsync<SignUpForExamSittingCommand, ExamSittingSeat>(command, command.By);

    public Task<Outcome<ExamSittingSeat>> RunAsync(CancelExamSittingSignUpCommand command) =>
        RunAsync<CancelExamSittingSignUpCommand, ExamSittingSeat>(command, command.By);

    public ValueTask DisposeAsync() => runner.DisposeAsync();

    private Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command, string by, ResultRules? rules = null) =>
        runner.RunAsync<TCommand, TResult>(command, new Caller(by), rules is null ? null : b => b.RegisterInstance(rules));
}
