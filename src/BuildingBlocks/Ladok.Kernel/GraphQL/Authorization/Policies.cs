namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>Policies every module can name. Modules name their own in their Contracts.</summary>
public static class Policies
{
    /// <summary>Anyone, signed in or not: the university profile, grading scales, introspection.</summary>
    public const string Public = "public";

    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";
}
