using Ladok.Kernel.Errors;

namespace Ladok.Kernel.Commands;

/// <summary>
/// One use case that changes something: the decision only (load, check, change, return). It writes
/// through an <see cref="IUnitOfWork{TDbContext}"/>; the <see cref="CommandPipeline"/> saves, commits and
/// signals the outbox after a successful outcome, and writes nothing after a failed one.
/// Register it with <see cref="CommandRegistration.RegisterCommandHandler{THandler}"/>.
/// </summary>
public interface ICommandHandler<in TCommand, TResult>
{
    Task<Outcome<TResult>> HandleAsync(TCommand command, CancellationToken cancellationToken);
}
