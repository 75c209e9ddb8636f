using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Domain;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// The Records module's commands as the host runs them: its handlers from the container the module registers, on the
/// test's database, Catalogue, Permissions and clock, each command through the Kernel's pipeline (one unit of work,
/// saved, committed and announced as a mutation's is), by the user the command names. A handler's constructor is the
/// container's business, not the tests'. The result rules are none unless a call brings its own.
/// </summary>
internal sealed class RecordsCommands(NpgsqlDataSource dataSource, ICatalogueQueries catalogue, IPermissionQueries permissions, TimeProvider clock)
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
    });

    public Task<Outcome<Student>> RunAsync(CreateStudentCommand command) => RunAsync<CreateStudentCommand, Student>(command, command.CreatedBy);

    public Task<Outcome<Registration>> RunAsync(RegisterStudentCommand command) => RunAsync<RegisterStudentCommand, Registration>(command, command.RegisteredBy);

    public Task<Outcome<ProgrammeRegistration>> RunAsync(RegisterOnProgrammeCommand command) =>
        RunAsync<RegisterOnProgrammeCommand, ProgrammeRegistration>(command, command.RegisteredBy);

    public Task<Outcome<StudyBreak>> RunAsync(RecordStudyBreakCommand command) => RunAsync<RecordStudyBreakCommand, StudyBreak>(command, command.RecordedBy);

    public Task<Outcome<DropoutRecord>> RunAsync(RecordDropoutCommand command) => RunAsync<RecordDropoutCommand, DropoutRecord>(command, command.RecordedBy);

    public Task<Outcome<Registration>> RunAsync(WithdrawRegistrationCommand command) =>
        RunAsync<WithdrawRegistrationCommand, Registration>(command, command.WithdrawnBy);

    public Task<Outcome<Result>> RunAsync(ReportResultCommand command) => RunAsync<ReportResultCommand, Result>(command, command.By);

    public Task<Outcome<IReadOnlyList<ReportedRow>>> RunAsync(ReportResultsCommand command) =>
        RunAsync<ReportResultsCommand, IReadOnlyList<ReportedRow>>(command, command.By);

    public Task<Outcome<Result>> RunAsync(EditResultCommand command) => RunAsync<EditResultCommand, Result>(command, command.By);

    public Task<Outcome<Result>> RunAsync(DeleteResultCommand command) => RunAsync<DeleteResultCommand, Result>(command, command.By);

    public Task<Outcome<IReadOnlyList<Result>>> RunAsync(MarkResultsReadyCommand command, ResultRules? rules = null) =>
        RunAsync<MarkResultsReadyCommand, IReadOnlyList<Result>>(command, command.By, rules);

    public Task<Outcome<IReadOnlyList<Result>>> RunAsync(ReturnResultsToDraftCommand command) =>
        RunAsync<ReturnResultsToDraftCommand, IReadOnlyList<Result>>(command, command.By);

    public Task<Outcome<IReadOnlyList<Result>>> RunAsync(AttestResultsCommand command, ResultRules? rules = null) =>
        RunAsync<AttestResultsCommand, IReadOnlyList<Result>>(command, command.By, rules);

    public Task<Outcome<IReadOnlyList<Result>>> RunAsync(RejectResultsCommand command) => RunAsync<RejectResultsCommand, IReadOnlyList<Result>>(command, command.By);

    public Task<Outcome<Result>> RunAsync(RequestResultRemovalCommand command) => RunAsync<RequestResultRemovalCommand, Result>(command, command.By);

    public Task<Outcome<Result>> RunAsync(AttestResultRemovalCommand command) => RunAsync<AttestResultRemovalCommand, Result>(command, command.By);

    public Task<Outcome<Result>> RunAsync(RecordCreditTransferCommand command) => RunAsync<RecordCreditTransferCommand, Result>(command, command.By);

    public Task<Outcome<FeePayingStatus>> RunAsync(RecordFeePayingCommand command) => RunAsync<RecordFeePayingCommand, FeePayingStatus>(command,
        command.RecordedBy);

    public ValueTask DisposeAsync() => runner.DisposeAsync();

    private Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command, string by, ResultRules? rules = null) =>
        runner.RunAsync<TCommand, TResult>(command, new Caller(by), rules is null ? null : b => b.RegisterInstance(rules));
}
