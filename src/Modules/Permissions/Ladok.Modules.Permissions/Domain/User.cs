namespace Ladok.Modules.Permissions.Domain;

/// <summary>Användare: a member of staff known by the university identity (at Umeå, the Umu-id).</summary>
public sealed class User
{
    private User()
    {
    }

    public User(string userId, string name, string createdBy, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Name = name;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Who created the user: <c>sign-in</c> for a first sign-in, otherwise the administrator's id.</summary>
    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
