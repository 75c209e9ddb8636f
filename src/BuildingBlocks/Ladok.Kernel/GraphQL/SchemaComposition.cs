using GraphQL.Types;

namespace Ladok.Kernel.GraphQL;

/// <summary>The root types and extra types that contributors fill in while the schema is built.</summary>
public sealed class SchemaComposition
{
    private readonly List<Type> additionalTypes = [];

    public ObjectGraphType Query { get; } = new()
    {
        Name = "Query",
        Description = "What can be read: the catalogue, students' records, permissions, trainings and reports, each as your rights allow.",
    };

    public ObjectGraphType Mutation { get; } = new()
    {
        Name = "Mutation",
        Description = "What can be changed. Each mutation takes one `input` and returns a payload whose `errors` say why it was refused; "
            + "a refused mutation stores nothing.",
    };

    public IReadOnlyList<Type> AdditionalTypes => additionalTypes;

    /// <summary>Adds a type the root fields do not reach, for example a <c>Node</c> implementation.</summary>
    public void AddType<TGraphType>() where TGraphType : IGraphType => additionalTypes.Add(typeof(TGraphType));
}
