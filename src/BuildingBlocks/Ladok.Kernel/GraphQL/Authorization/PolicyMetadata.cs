using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Authorization;

public static class PolicyMetadata
{
    private const string Key = "ladok:policy";

    /// <summary>Declares the policy a field needs; checked before the document runs.</summary>
    public static TMetadataWriter RequirePolicy<TMetadataWriter>(this TMetadataWriter field, string policy)
        where TMetadataWriter : IMetadataWriter
    {
        field.Metadata[Key] = policy;
        return field;
    }

    public static string? GetPolicy(this IMetadataReader field) => field.GetMetadata<string?>(Key);
}
