using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Ladok.Kernel.Commands;
using Ladok.Kernel.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL.Mutations;

/// <summary>
/// A mutation, declared once: its name, description and policy, its input graph type, how the input becomes a
/// <typeparamref name="TCommand"/>, and the payload's fields read from the result. The Kernel does the rest
/// (<see cref="MutationDeclarations.AddMutation{TInput,TCommand,TResult}"/>): the caller,
/// the <see cref="ICommandHandler{TCommand,TResult}"/> in its own scope, the unit of work through the
/// <see cref="CommandPipeline"/>, the payload type (named after the mutation, with <c>errors</c>), and the errors as
/// <see cref="UserError"/>s at their input paths.
/// </summary>
public sealed class MutationDeclaration<TInput, TCommand, TResult>
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Policy { get; init; }

    /// <summary>Set when the mutation is deprecated: what to use instead (docs/graphql.md, the schema contract).</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>The input object graph type of the <c>input</c> argument, which reads as <typeparamref name="TInput"/>.</summary>
    public required Type InputType { get; init; }

    /// <summary>The command for an input and its call; it may refuse through the <see cref="MutationCall"/>.</summary>
    public required Func<TInput, MutationCall, TCommand> Command { get; init; }

    /// <summary>The payload's fields beside <c>errors</c>, each read from the result.</summary>
    public required IReadOnlyList<PayloadField<TResult>> Payload { get; init; }

    /// <summary>Domain field names the input calls otherwise (<c>DepartmentCode</c> → <c>organisationUnitCode</c>).</summary>
    public IDictionary<string, string> InputNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

public static class MutationDeclarations
{
    /// <summary>Adds the declared mutation to the schema's <c>Mutation</c> type.</summary>
    public static void AddMutation<TInput, TCommand, TResult>(this SchemaComposition schema, MutationDeclaration<TInput, TCommand, TResult> declaration)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(declaration);
        Expect<IInputObjectGraphType>(declaration.InputType, declaration.Name);

        var inputNames = new Dictionary<string, string>(declaration.InputNames, StringComparer.Ordinal);
        var field = new FieldType
        {
            Name = declaration.Name,
            Description = declaration.Description,
            DeprecationReason = declaration.DeprecationReason,
            ResolvedType = new NonNullGraphType(PayloadType(declaration)),
            Arguments = new QueryArguments(new QueryArgument(typeof(NonNullGraphType<>).MakeGenericType(declaration.InputType))
            {
                Name = InputPath.Argument,
                Description = $"What `{declaration.Name}` needs; a refusal's `errors.path` names the input field it concerns.",
            }),
            Resolver = new FuncFieldResolver<object>(async context =>
            {
                var call = new MutationCall(context.User);
                TCommand command;
                try
                {
                    command = declaration.Command(context.GetArgument<TInput>(InputPath.Argument), call);
                }
                catch (MutationRefusal refusal)
                {
                    return new MutationPayload<TResult>(default, UserError.From(refusal.Errors, inputNames));
                }

                var pipeline = context.RequestServices!.GetRequiredService<CommandPipeline>();
                var outcome = await pipeline.RunAsync<TCommand, TResult>(command, call.KnownCaller, context.CancellationToken);
                return new MutationPayload<TResult>(outcome.Value, UserError.From(outcome.Errors, inputNames));
            }),
        };
        field.RequirePolicy(declaration.Policy);
        schema.Mutation.AddField(field);
    }

    /// <summary>The payload type: <c>createCourse</c> returns <c>CreateCoursePayload</c>, its fields and <c>errors</c>.</summary>
    private static ObjectGraphType PayloadType<TInput, TCommand, TResult>(MutationDeclaration<TInput, TCommand, TResult> declaration)
    {
        var type = new ObjectGraphType
        {
            Name = char.ToUpperInvariant(declaration.Name[0]) + declaration.Name[1..] + "Payload",
            Description = $"What `{declaration.Name}` did; when it was refused, `errors` says why and nothing was stored.",
        };
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Empty when the mutation succeeded; otherwise why it was refused. Nothing was stored then.")
            .Resolve(context => ((MutationPayload<TResult>)context.Source!).Errors);
        foreach (var field in declaration.Payload)
        {
            type.AddField(new FieldType
            {
                Name = field.Name,
                Description = field.Description,
                Type = field.GraphType,
                Resolver = new FuncFieldResolver<MutationPayload<TResult>, object?>(context =>
                    field.Read is null ? context.Source.Result : field.Read(context.Source.Result, context)),
            });
        }
        return type;
    }

    /// <summary>What a payload's fields read: the result (default when refused) and the errors, empty on success.</summary>
    private sealed record MutationPayload<TResult>(TResult? Result, IReadOnlyList<UserError> Errors);

    private static void Expect<TGraphType>(Type type, string mutation)
    {
        if (!typeof(TGraphType).IsAssignableFrom(type))
        {
            throw new ArgumentException($"The mutation {mutation} declares {type.Name}, which is not an {typeof(TGraphType).Name}.", nameof(mutation));
        }
    }
}
