using GraphQL.Types;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Scalars;

namespace Ladok.Kernel.GraphQL;

/// <summary>
/// The one schema, composed from every module's contributors. A singleton: graph types are
/// built once; resolvers take their scoped services from <c>RequestServices</c>.
/// </summary>
public sealed class LadokSchema : Schema
{
    public LadokSchema(IServiceProvider services, IEnumerable<ISchemaContributor> contributors) : base(services)
    {
        var composition = new SchemaComposition();
        foreach (var contributor in contributors)
        {
            contributor.Contribute(composition);
        }

        MayBeRefused(composition.Query);
        Query = composition.Query;
        Mutation = composition.Mutation.Fields.Count > 0 ? composition.Mutation : null;
        RegisterScalars();
        foreach (var type in composition.AdditionalTypes)
        {
            RegisterType(type);
        }
    }

    /// <summary>
    /// The scalars under the names the API documents (<c>Date</c>, <c>DateTime</c>), described, in place of GraphQL.NET's
    /// built-ins named after .NET types; fields whose type is inferred from a property get them through the mappings.
    /// </summary>
    private void RegisterScalars()
    {
        RegisterType(new DecimalType());
        RegisterType(new DateType());
        RegisterType(new DateTimeType());
        RegisterType(new TermType());
        RegisterType(new PersonalIdentityNumberType());
        RegisterTypeMapping(typeof(decimal), typeof(DecimalType));
        RegisterTypeMapping(typeof(DateOnly), typeof(DateType));
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeType));
    }

    /// <summary>
    /// Makes every root query field nullable that may be refused: all but the public ones without arguments, which nothing
    /// refuses. A refusal of a non-null root field would null the whole <c>data</c>; of a nullable one, only its alias.
    /// </summary>
    private static void MayBeRefused(ObjectGraphType query)
    {
        foreach (var field in query.Fields)
        {
            if (field.GetPolicy() == Policies.Public && field.Arguments is not { Count: > 0 }) continue;
            if (field.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            {
                field.Type = type.GetGenericArguments()[0];
            }
            else if (field.ResolvedType is NonNullGraphType nonNull)
            {
                field.ResolvedType = nonNull.ResolvedType ?? throw new InvalidOperationException($"`{field.Name}` has an unresolved type.");
            }
        }
    }
}
