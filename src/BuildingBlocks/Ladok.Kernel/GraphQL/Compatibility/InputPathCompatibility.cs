using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Mutations;

// TEMPORARY, while Records and Permissions still name GraphQL input paths in their domain:
// delete this file, and `partial` from DomainError, once they name Fields. Keep the five
// (string message, string field) overloads: move them to DomainError.cs as `=> Validation(message, Field.Of(field))`.
// Until then they read "input" alone as the whole command, as the old path factories did.
namespace Ladok.Kernel.Errors
{
    public sealed partial record DomainError
    {
        public DomainError(ErrorCode code, string message, IReadOnlyList<string> path) : this(code, message, LegacyInputPath.ToField(path))
        {
        }

        /// <summary>The input path of <see cref="Field"/>.</summary>
        public IReadOnlyList<string> Path
        {
            get => InputPath.Of(Field);
            init => Field = LegacyInputPath.ToField(value);
        }

        public static DomainError Validation(string message, string field) => new(ErrorCode.Validation, message, [field]);
        public static DomainError NotFound(string message, string field) => new(ErrorCode.NotFound, message, [field]);
        public static DomainError Conflict(string message, string field) => new(ErrorCode.Conflict, message, [field]);
        public static DomainError InvalidState(string message, string field) => new(ErrorCode.InvalidState, message, [field]);
        public static DomainError Forbidden(string message, string field) => new(ErrorCode.Forbidden, message, [field]);

        public static DomainError Validation(string message, params string[] path) => new(ErrorCode.Validation, message, path);
        public static DomainError NotFound(string message, params string[] path) => new(ErrorCode.NotFound, message, path);
        public static DomainError Conflict(string message, params string[] path) => new(ErrorCode.Conflict, message, path);
        public static DomainError InvalidState(string message, params string[] path) => new(ErrorCode.InvalidState, message, path);
        public static DomainError Forbidden(string message, params string[] path) => new(ErrorCode.Forbidden, message, path);
    }
}

namespace Ladok.Kernel.GraphQL.Relay
{
    public static partial class GlobalIdInput
    {
        public static Outcome<Guid> Expect(string? text, string typeName, params string[] path) =>
            GlobalIdInput.Expect(text, typeName, LegacyInputPath.ToField(path) ?? Field.Whole);
    }
}

namespace Ladok.Kernel.GraphQL.Mutations
{
    /// <summary>An input path (<c>["input", "rows", "3", "grade"]</c>) read back as the field it names.</summary>
    internal static class LegacyInputPath
    {
        public static Field? ToField(IReadOnlyList<string> path)
        {
            if (path.Count == 0) return null;
            var field = Field.Whole;
            foreach (var step in path.Skip(path[0] == InputPath.Argument ? 1 : 0))
            {
                field = int.TryParse(step, out var index) ? field.At(index) : field.Then(step);
            }
            return field;
        }
    }
}
