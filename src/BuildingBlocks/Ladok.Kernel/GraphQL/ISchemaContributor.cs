namespace Ladok.Kernel.GraphQL;

/// <summary>
/// How a module adds to the one GraphQL schema: root query and mutation fields and any types
/// not reachable from them. The host collects every contributor; it never knows module types.
/// </summary>
public interface ISchemaContributor
{
    void Contribute(SchemaComposition schema);
}
