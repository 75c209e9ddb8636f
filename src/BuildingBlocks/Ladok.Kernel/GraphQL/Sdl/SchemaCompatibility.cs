using System.Text.RegularExpressions;
using GraphQLParser;
using GraphQLParser.AST;

namespace Ladok.Kernel.GraphQL.Sdl;

/// <summary>
/// Finds changes that would break a client written against an earlier schema: a type, field,
/// argument or enum value removed or its type changed, or a new required argument or input
/// field. Removing something that was already <c>@deprecated</c> in the earlier schema is allowed:
/// deprecation is how the API announces a removal.
/// </summary>
public static partial class SchemaCompatibility
{
    /// <summary>The heading of the changelog section that lists the breaking changes the project accepted.</summary>
    public const string AcceptedHeading = "### Accepted breaking changes";

    /// <summary>
    /// The breaking changes accepted in <paramref name="changelog"/> (docs/graphql.md): each list item of the section
    /// <see cref="AcceptedHeading"/> that starts with a change in backticks, worded exactly as <see cref="BreakingChanges"/>
    /// words it (<c>- `Query.me changed type from Viewer! to Viewer.` why …</c>). Nothing else in the file counts.
    /// </summary>
    public static IReadOnlySet<string> AcceptedIn(string changelog)
    {
        var start = changelog.IndexOf(AcceptedHeading, StringComparison.Ordinal);
        if (start < 0) return new HashSet<string>();
        var end = changelog.IndexOf("\n#", start + AcceptedHeading.Length, StringComparison.Ordinal);
        var section = end < 0 ? changelog[start..] : changelog[start..end];
        return AcceptedItem().Matches(section).Select(m => m.Groups["change"].Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The breaking changes of <paramref name="currentSdl"/> against <paramref name="earlierSdl"/> not in <paramref name="accepted"/>.</summary>
    public static IReadOnlyList<string> UnacceptedBreakingChanges(string earlierSdl, string currentSdl, IReadOnlySet<string> accepted) =>
        BreakingChanges(earlierSdl, currentSdl).Where(change => !accepted.Contains(change)).ToList();

    [GeneratedRegex(@"^- `(?<change>[^`]+)`", RegexOptions.Multiline)]
    private static partial Regex AcceptedItem();

    public static IReadOnlyList<string> BreakingChanges(string earlierSdl, string currentSdl)
    {
        var earlier = Members(Parser.Parse(earlierSdl));
        var current = Members(Parser.Parse(currentSdl));
        var breaking = new List<string>();

        foreach (var (path, member) in earlier)
        {
            if (!current.TryGetValue(path, out var now))
            {
                if (!member.Deprecated) breaking.Add($"{path} was removed without being deprecated first.");
            }
            else if (member.Type != now.Type)
            {
                breaking.Add($"{path} changed type from {member.Type} to {now.Type}.");
            }
        }

        foreach (var (path, member) in current)
        {
            if (member.RequiredInput && !earlier.ContainsKey(path) && earlier.ContainsKey(Parent(path)))
            {
                breaking.Add($"{path} is new and required, so existing requests lack it.");
            }
        }

        return breaking;
    }

    private static string Parent(string path) => path[..path.LastIndexOf(path.Contains('(', StringComparison.Ordinal) ? '(' : '.')];

    private sealed record Member(string Type, bool Deprecated, bool RequiredInput);

    private static Dictionary<string, Member> Members(GraphQLDocument document)
    {
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var typeName = definition.Name.StringValue;
            members[typeName] = new Member(definition.Kind.ToString(), false, false);
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o: AddFields(members, typeName, o.Fields); break;
                case GraphQLInterfaceTypeDefinition i: AddFields(members, typeName, i.Fields); break;
                case GraphQLInputObjectTypeDefinition input:
                    foreach (var field in input.Fields?.Items ?? [])
                    {
                        members[$"{typeName}.{field.Name.StringValue}"] = new Member(TypeName(field.Type), Deprecated(field.Directives),
                            field.Type is GraphQLNonNullType && field.DefaultValue is null);
                    }
                    break;
                case GraphQLEnumTypeDefinition e:
                    foreach (var value in e.Values?.Items ?? [])
                    {
                        members[$"{typeName}.{value.Name.StringValue}"] = new Member("enum value", Deprecated(value.Directives), false);
                    }
                    break;
            }
        }
        return members;
    }

    private static void AddFields(Dictionary<string, Member> members, string typeName, GraphQLFieldsDefinition? fields)
    {
        foreach (var field in fields?.Items ?? [])
        {
            var path = $"{typeName}.{field.Name.StringValue}";
            members[path] = new Member(TypeName(field.Type), Deprecated(field.Directives), false);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                members[$"{path}({argument.Name.StringValue})"] = new Member(TypeName(argument.Type), Deprecated(argument.Directives),
                    argument.Type is GraphQLNonNullType && argument.DefaultValue is null);
            }
        }
    }

    private static string TypeName(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => TypeName(nonNull.Type) + "!",
        GraphQLListType list => "[" + TypeName(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.Kind.ToString(),
    };

    private static bool Deprecated(GraphQLDirectives? directives) =>
        directives?.Items.Any(d => d.Name.StringValue == "deprecated") == true;
}
