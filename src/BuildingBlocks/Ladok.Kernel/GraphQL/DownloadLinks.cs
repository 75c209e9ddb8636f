using GraphQL;
using Ladok.Kernel.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL;

public static class DownloadLinks
{
    /// <summary>
    /// A download's path signed for the caller (and the student they signed in as, if any), so it works as a plain link for a short time
    /// (<see cref="SignedLinks"/>).
    /// </summary>
    public static string SignedFor(IResolveFieldContext context, string pathAndQuery) =>
        context.RequestServices!.GetRequiredService<SignedLinks>()
            .Sign(pathAndQuery, CallerIdentity.RequireUserId(context.User), CallerIdentity.StudentIdOf(context.User));

    /// <summary>What a signed link's field says of it, for its description.</summary>
    public const string Description =
        "A link that works as a plain `<a href>`, without an Authorization header, for you and for a short time (`Links:Lifetime`, "
        + "five minutes unless the university set another); your right is checked again when it is used. Relative to this server.";
}
