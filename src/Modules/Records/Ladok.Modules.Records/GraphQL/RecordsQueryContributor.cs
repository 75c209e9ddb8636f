using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

public sealed class RecordsQueryContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        var query = schema.Query;

        query.Field<StudentType>("student")
            .Description("The student with this identity number, written in any usual form (10 or 12 digits, with or without separator); null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("identityNumber")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c =>
            {
                var found = await Reader(c).StudentByIdentityNumberAsync(c.GetArgument<string>("identityNumber"), c.CancellationToken);
                return found.Succeeded ? found.Value : throw LadokException.From(found.Errors[0]);
            });

        query.ConnectionField<StudentType, Student>("students")
            .Description("Students, by identity number.")
            .Argument<StringGraphType>("search", "Matches any part of the name ignoring case, or, when it is digits, the start of the identity number with or without century.")
            .RequirePolicy(RecordsPolicies.Read)
            .ResolveAsync(async c => await Reader(c).StudentsAsync(c.GetArgument<string?>("search"), PageRequest.From(c), c.CancellationToken));
    }

    private static RecordsReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordsReader>();
}
