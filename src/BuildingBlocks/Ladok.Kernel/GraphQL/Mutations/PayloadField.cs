using GraphQL;

namespace Ladok.Kernel.GraphQL.Mutations;

/// <summary>
/// One field of a mutation's payload beside <c>errors</c>: its name, graph type and description, and what it reads
/// from the handler's result. Without <see cref="Read"/> the field is the result itself. The result is default when
/// the mutation was refused, so a field reads null (or an empty list) then.
/// </summary>
public sealed record PayloadField<TResult>(string Name, Type GraphType, string Description, Func<TResult?, IResolveFieldContext, object?>? Read = null);
