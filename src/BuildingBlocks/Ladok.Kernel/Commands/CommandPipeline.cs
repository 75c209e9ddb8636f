using Autofac;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;

namespace Ladok.Kernel.Commands;

/// <summary>
/// Runs a command the one way every write runs: in a lifetime scope of its own, its
/// <see cref="ICommandHandler{TCommand,TResult}"/> decides; after a successful outcome each unit of work the
/// handler used is saved (a lost race becomes CONFLICT) and committed, and only then is the outbox woken if
/// events were stored. A failed outcome, or an exception, writes nothing. GraphQL mutations run through it
/// (<c>MutationDeclaration</c>); so do tests that call handlers.
/// </summary>
public sealed class CommandPipeline(ILifetimeScope root)
{
    public async Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var scope = root.BeginLifetimeScope();
        var work = scope.Resolve<CommandScope>();
        work.Caller = caller;

        var outcome = await scope.Resolve<ICommandHandler<TCommand, TResult>>().HandleAsync(command, cancellationToken);
        if (!outcome.Succeeded) return outcome;

        // One unit per command is the rule; were there more, each would commit on its own.
        var published = false;
        foreach (var unit in work.Units)
        {
            var completion = await unit.CompleteAsync(cancellationToken);
            if (completion.Conflict is { } conflict) return conflict;
            published |= completion.PublishedEvents;
        }

        if (published) scope.ResolveOptional<IOutboxSignal>()?.Notify();
        return outcome;
    }
}
