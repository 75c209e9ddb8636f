namespace Ladok.Kernel.Commands;

/// <summary>
/// Who runs a command: the university identity of the signed-in user (<see cref="UserId"/>) and the
/// name to show for them (the user id when the sign-in carries no name). Audited contexts sign their
/// saves with <see cref="UserId"/>.
/// </summary>
public sealed record Caller(string UserId, string Name)
{
    public Caller(string userId) : this(userId, userId)
    {
    }
}
