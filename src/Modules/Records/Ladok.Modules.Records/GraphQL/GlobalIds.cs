using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>Two global ids of one input decoded together, so a caller learns of both when both are wrong.</summary>
internal static class GlobalIds
{
    public static (Guid First, Guid Second) Both(
        MutationCall call, (string? Text, string TypeName, Field Field) first, (string? Text, string TypeName, Field Field) second)
    {
        var one = GlobalIdInput.Expect(first.Text, first.TypeName, first.Field);
        var other = GlobalIdInput.Expect(second.Text, second.TypeName, second.Field);
        if (!one.Succeeded || !other.Succeeded) call.Refuse([.. one.Errors, .. other.Errors]);
        return (one.Value, other.Value);
    }
}
