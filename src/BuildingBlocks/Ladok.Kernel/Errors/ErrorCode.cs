using System.ComponentModel;

namespace Ladok.Kernel.Errors;

/// <summary>
/// The closed list of error codes a client can meet, in <c>extensions.code</c> of a GraphQL
/// error or in <c>errors[].code</c> of a mutation payload. Each description is a sentence a
/// front end can show as it is.
/// </summary>
public enum ErrorCode
{
    [Description("You are not signed in, or your sign-in has expired. Sign in and try again.")]
    Unauthenticated,

    [Description("You do not have the permission this needs.")]
    Forbidden,

    [Description("What you asked for does not exist.")]
    NotFound,

    [Description("Some input is not valid; the message says which rule it breaks.")]
    Validation,

    [Description("Someone else changed this since you read it. Reload and try again.")]
    Conflict,

    [Description("This cannot be done in the object's present state, such as editing an attested result; the message says what can be done instead.")]
    InvalidState,

    [Description("A university plugin failed while handling this request.")]
    PluginFailure,

    [Description("The request could not be read: it is not a well-formed GraphQL-over-HTTP request.")]
    BadRequest,

    [Description("The GraphQL document does not parse or does not match the schema.")]
    InvalidDocument,

    [Description("The GraphQL document is too large, too deep or too complex to run.")]
    DocumentTooComplex,

    [Description("The request took longer than the server allows and was stopped. Try again later, or ask for less at a time.")]
    TimedOut,

    [Description("Something went wrong on the server. It has been logged; try again later.")]
    Internal,

    [Description("Too many requests in a short time. Wait as long as the Retry-After header says, then try again.")]
    RateLimited,
    [Description("The service is briefly unavailable. Try again in a few seconds.")]
    Unavailable,
}
