using GraphQL.Types;

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

        Query = composition.Query;
        Mutation = composition.Mutation.Fields.Count > 0 ? composition.Mutation : null;
        RegisterType(new DecimalType());
        foreach (var type in composition.AdditionalTypes)
        {
            RegisterType(type);
        }
    }
}
