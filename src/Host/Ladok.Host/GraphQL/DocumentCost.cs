using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Ladok.Kernel.Errors;

namespace Ladok.Host.GraphQL;

/// <summary>
/// What a document would cost, measured on its syntax tree before GraphQL.NET validates or runs it:
/// fields with every fragment spread expanded, the complexity estimate in which a list multiplies its
/// children by its page size, nesting, aliases and the most directives on one selection. Each fragment
/// is measured once and reused wherever it is spread, so measuring is linear in the document even when
/// its expansion is not (fragments that spread the previous one ten times, eight deep, expand to 10^8
/// fields). Spreads of a fragment that is already being measured (a cycle) or does not exist count
/// nothing: validation refuses such documents later.
/// </summary>
internal sealed record DocumentCost(double Fields, double Complexity, int Depth, double Aliases, int MostDirectivesOnOneSelection)
{
    /// <summary>The children of a list without <c>first</c> or <c>last</c> are counted this many times (as GraphQL.NET's default did).</summary>
    public const int AssumedListLength = 20;

    /// <summary>Tokens in <paramref name="query"/>, counting stops past <paramref name="limit"/>; throws the parser's exception for a bad token.</summary>
    public static int CountTokens(string query, int limit)
    {
        var count = 0;
        for (var token = Lexer.Lex(query); token.Kind != TokenKind.EOF && count <= limit; token = Lexer.Lex(query, token.End))
        {
            count++;
        }
        return count;
    }

    /// <summary>Every operation and every fragment of <paramref name="document"/> (an unused fragment as if spread once at the root).</summary>
    public static DocumentCost Measure(GraphQLDocument document, ISchema schema, Inputs? variables)
    {
        schema.Initialize(); // resolves field types; does nothing after the first request
        return new Walker(document, schema, variables).MeasureDocument();
    }

    /// <summary>Which limit of <paramref name="budget"/> this cost breaks (DOCUMENT_TOO_COMPLEX); null when it keeps to all of them.</summary>
    public DomainError? Refusal(CostBudget budget) =>
        Depth > budget.MaxDepth ? DomainError.Of(KernelReasons.DocumentTooDeep, (Field?)null, budget.MaxDepth)
        : MostDirectivesOnOneSelection > budget.MaxDirectivesPerSelection
            ? DomainError.Of(KernelReasons.TooManyDirectives, (Field?)null, MostDirectivesOnOneSelection, budget.MaxDirectivesPerSelection)
        : Aliases > budget.MaxAliases ? DomainError.Of(KernelReasons.TooManyAliases, (Field?)null, Aliases, budget.MaxAliases)
        : Fields > budget.MaxFields ? DomainError.Of(KernelReasons.TooManyFields, (Field?)null, Fields, budget.MaxFields, budget.Whom)
        : Complexity > budget.MaxComplexity ? DomainError.Of(KernelReasons.TooComplex, (Field?)null, Complexity, budget.MaxComplexity, budget.Whom)
        : null;

    private readonly record struct Totals(double Fields, double Complexity, int Depth, double Aliases)
    {
        public static Totals operator +(Totals a, Totals b) =>
            new(a.Fields + b.Fields, a.Complexity + b.Complexity, Math.Max(a.Depth, b.Depth), a.Aliases + b.Aliases);
    }

    private sealed class Walker(GraphQLDocument document, ISchema schema, Inputs? variables)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());

        // A fragment's totals depend only on whether the field it is spread under took a page size (see Field).
        private readonly Dictionary<(string Name, bool UnderPage), Totals> measured = [];
        private readonly HashSet<string> measuring = [];
        private int mostDirectives;

        public DocumentCost MeasureDocument()
        {
            var totals = default(Totals);
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                CountDirectives(operation.Directives);
                var root = operation.Operation switch
                {
                    OperationType.Mutation => schema.Mutation,
                    OperationType.Subscription => schema.Subscription,
                    _ => schema.Query,
                };
                totals += SelectionSet(operation.SelectionSet, root, underPage: false);
            }

            foreach (var name in fragments.Keys.Where(name => !measured.ContainsKey((name, false)) && !measured.ContainsKey((name, true))).ToList())
            {
                totals += Fragment(name, underPage: false);
            }

            return new DocumentCost(totals.Fields, totals.Complexity, totals.Depth, totals.Aliases, mostDirectives);
        }

        private Totals SelectionSet(GraphQLSelectionSet set, IGraphType? parent, bool underPage)
        {
            var totals = default(Totals);
            foreach (var selection in set.Selections)
            {
                totals += selection switch
                {
                    GraphQLField field => Field(field, parent, underPage),
                    GraphQLFragmentSpread spread => Spread(spread, underPage),
                    GraphQLInlineFragment inline => Inline(inline, parent, underPage),
                    _ => default,
                };
            }
            return totals;
        }

        /// <summary>
        /// One for the field and its children once per item it returns: its <c>first</c>/<c>last</c>, else
        /// <see cref="AssumedListLength"/> for a list, except the <c>nodes</c> or <c>edges</c> list of a field
        /// that took a page size (already counted). Introspection reads the schema, not the database: it adds
        /// fields and depth, not complexity.
        /// </summary>
        private Totals Field(GraphQLField field, IGraphType? parent, bool underPage)
        {
            CountDirectives(field.Directives);
            var name = field.Name.StringValue;
            var type = (parent as IComplexGraphType)?.GetField(name)?.ResolvedType;
            var pageSize = PageSize(field);
            var isList = (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
            var perItem = pageSize ?? (isList && !underPage ? AssumedListLength : 1);

            var children = field.SelectionSet is { } set ? SelectionSet(set, type?.GetNamedType(), pageSize is not null) : default;
            var introspection = name.StartsWith("__", StringComparison.Ordinal);
            return new Totals(
                Fields: 1 + children.Fields,
                Complexity: introspection ? 0 : 1 + perItem * children.Complexity,
                Depth: 1 + children.Depth,
                Aliases: (field.Alias is null ? 0 : 1) + children.Aliases);
        }

        private Totals Spread(GraphQLFragmentSpread spread, bool underPage)
        {
            CountDirectives(spread.Directives);
            return Fragment(spread.FragmentName.Name.StringValue, underPage);
        }

        private Totals Inline(GraphQLInlineFragment inline, IGraphType? parent, bool underPage)
        {
            CountDirectives(inline.Directives);
            var type = inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue] : parent;
            return SelectionSet(inline.SelectionSet, type, underPage);
        }

        private Totals Fragment(string name, bool underPage)
        {
            if (measured.TryGetValue((name, underPage), out var known)) return known;
            if (!fragments.TryGetValue(name, out var fragment) || !measuring.Add(name)) return default;

            CountDirectives(fragment.Directives);
            var totals = SelectionSet(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue], underPage);
            measuring.Remove(name);
            measured[(name, underPage)] = totals;
            return totals;
        }

        private double? PageSize(GraphQLField field)
        {
            var argument = field.Arguments?.FirstOrDefault(a => a.Name.StringValue is "first" or "last");
            var value = argument?.Value switch
            {
                GraphQLIntValue literal => double.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? number : (double?)null,
                // A variable that is no number is left to validation (INVALID_VARIABLE) rather than failing here as INTERNAL.
                GraphQLVariable variable when variables?.TryGetValue(variable.Name.StringValue, out var given) == true
                    && double.TryParse(
                        Convert.ToString(given, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
                    number,
                _ => null,
            };
            return value is { } size ? Math.Max(size, 1) : null;
        }

        private void CountDirectives(GraphQLDirectives? directives) => mostDirectives = Math.Max(mostDirectives, directives?.Count ?? 0);
    }
}

/// <summary>The limits one caller's document must keep to (signed-in callers get a larger budget than anonymous ones).</summary>
internal readonly record struct CostBudget(int MaxDepth, int MaxDirectivesPerSelection, int MaxAliases, int MaxFields, long MaxComplexity, Wording Whom)
{
    public static CostBudget For(GraphQLOptions options, bool signedIn) => signedIn
        ? new(options.MaxDepth, options.MaxDirectivesPerSelection, options.MaxAliases, options.MaxFields, options.MaxComplexity, Everyone)
        : new(options.MaxDepth, options.MaxDirectivesPerSelection, options.MaxAliases, options.AnonymousMaxFields, options.AnonymousMaxComplexity,
            Anonymous);

    private static readonly Wording Everyone = new("", "");
    private static readonly Wording Anonymous = new(" utan inloggning", " without signing in");
}
