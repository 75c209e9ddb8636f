using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>
/// Fields one module adds to another module's node type, which it knows only by name and id:
/// the Records module adds <c>participants</c> to the Catalogue's <c>CourseOffering</c> without
/// either module referencing the other's graph types. Register it as <see cref="INodeTypeExtension"/>. An object type that is
/// not a node (the Permissions module's <c>Viewer</c>, <c>me</c>) takes fields the same way; their resolvers have no id to ask for.
/// </summary>
public interface INodeTypeExtension
{
    /// <summary>The GraphQL name of the type to extend, such as <c>CourseOffering</c>.</summary>
    string TypeName { get; }

    /// <summary>
    /// Declares the fields on <paramref name="fields"/>; they are moved to the extended type.
    /// A resolver's <c>Source</c> is the other module's object: <paramref name="idOf"/> gives its id (a node's only).
    /// </summary>
    void AddFields(ObjectGraphType fields, Func<object, Guid> idOf);
}

/// <summary>A node type's id, readable without knowing the type's source class.</summary>
public interface INodeGraphType : IObjectGraphType
{
    Guid IdOf(object source);
}

public static class NodeTypeExtensions
{
    /// <summary>Adds the fields of every extension naming <paramref name="type"/>; the composition root calls it as each graph type is built.</summary>
    public static void Apply(object type, IEnumerable<INodeTypeExtension> extensions)
    {
        if (type is not IObjectGraphType extended) return;
        Func<object, Guid> idOf = extended is INodeGraphType node
            ? node.IdOf
            : _ => throw new InvalidOperationException($"{extended.Name} is not a node: it has no id.");
        foreach (var extension in extensions.Where(e => e.TypeName == extended.Name))
        {
            var fields = new ObjectGraphType { Name = extended.Name };
            extension.AddFields(fields, idOf);
            foreach (var field in fields.Fields)
            {
                extended.AddField(field);
            }
        }
    }
}
