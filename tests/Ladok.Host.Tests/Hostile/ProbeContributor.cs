using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Npgsql;

namespace Ladok.Host.Tests.Hostile;

/// <summary>Counts the times a test-only resolver ran, so a test can tell a document was refused before execution.</summary>
public sealed class ResolverCalls
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);
}

/// <summary>
/// Test-only root fields: <c>probe(text)</c> counts its calls and answers the text's length; <c>pgSleep(seconds)</c>
/// and the mutation <c>pgSleepMutation(seconds)</c> wait in PostgreSQL with the resolver's cancellation token.
/// </summary>
public sealed class ProbeContributor(ResolverCalls calls, string connectionString) : ISchemaContributor
{
    /// <summary>Names the connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "ladok-test-sleeper";

    public void Contribute(SchemaComposition schema)
    {
        schema.Query.Field<NonNullGraphType<IntGraphType>>("probe")
            .Argument<StringGraphType>("text")
            .RequirePolicy(Policies.Public)
            .Resolve(c =>
            {
                calls.Add();
                return c.GetArgument<string?>("text")?.Length ?? 0;
            });

        schema.Query.Field<NonNullGraphType<BooleanGraphType>>("pgSleep")
            .Argument<NonNullGraphType<IntGraphType>>("seconds")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(async c => await SleepAsync(c.GetArgument<int>("seconds"), c.CancellationToken));

        schema.Mutation.Field<NonNullGraphType<BooleanGraphType>>("pgSleepMutation")
            .Argument<NonNullGraphType<IntGraphType>>("seconds")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(async c => await SleepAsync(c.GetArgument<int>("seconds"), c.CancellationToken));
    }

    private async Task<bool> SleepAsync(int seconds, CancellationToken cancellationToken)
    {
        calls.Add();
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ApplicationName };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_sleep({seconds})", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
