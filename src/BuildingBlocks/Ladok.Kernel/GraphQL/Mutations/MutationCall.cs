using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Kernel.GraphQL.Mutations;

/// <summary>
/// What a mutation's input→command function may ask of the call: who calls, and global ids decoded.
/// Each refuses by ending the mutation with its errors in the payload, before the handler runs.
/// </summary>
public sealed class MutationCall
{
    private static readonly DomainError NoUserId = DomainError.Of(KernelReasons.NoUserId, (Field?)null);
    private static readonly DomainError NotAStudent = DomainError.Of(KernelReasons.NotAStudent, (Field?)null);

    internal MutationCall(ClaimsPrincipal? user)
    {
        KnownCaller = CallerIdentity.CallerOf(user);
        KnownStudentId = CallerIdentity.StudentIdOf(user);
    }

    /// <summary>The signed-in caller; UNAUTHENTICATED when the sign-in carries no user id.</summary>
    public Caller Caller => KnownCaller ?? throw new MutationRefusal([NoUserId]);

    /// <summary>The caller's user id, for the command's <c>By</c>.</summary>
    public string UserId => Caller.UserId;

    internal Caller? KnownCaller { get; }

    /// <summary>The student the caller signed in as (<see cref="CallerIdentity.StudentIdOf"/>), for a student's own mutation; FORBIDDEN
    /// (<c>NOT_A_STUDENT</c>) for staff.</summary>
    public Guid StudentId => KnownStudentId ?? throw new MutationRefusal([NotAStudent]);

    internal Guid? KnownStudentId { get; }

    /// <summary>The object id in a global id the API returned for a <paramref name="typeName"/>; VALIDATION on <paramref name="field"/> otherwise.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "Asked of the call, as the caller is.")]
    public Guid Id(string? globalId, string typeName, Field field)
    {
        var id = GlobalIdInput.Expect(globalId, typeName, field);
        return id.Succeeded ? id.Value : throw new MutationRefusal(id.Errors);
    }

    /// <summary>Refuses the input with <paramref name="errors"/>: one that does not decode, or several rows that do not.</summary>
    [DoesNotReturn]
    [SuppressMessage("Performance", "CA1822", Justification = "Asked of the call, as the caller is.")]
    public void Refuse(params IReadOnlyList<DomainError> errors) => throw new MutationRefusal(errors);
}

/// <summary>An input→command function's refusal, caught by the mutation and answered in its payload.</summary>
internal sealed class MutationRefusal(IReadOnlyList<DomainError> errors) : Exception("The mutation's input was refused.")
{
    public IReadOnlyList<DomainError> Errors { get; } = errors;
}
