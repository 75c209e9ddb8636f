using System.Globalization;
using Ladok.Kernel.Errors;
using Microsoft.AspNetCore.Localization;

namespace Ladok.Host.Http;

/// <summary>
/// The caller's language for messages, from <c>Accept-Language</c> by ASP.NET Core's request localization: English for
/// <c>en</c> (and <c>en-GB</c>, <c>en-US</c>, …), Swedish otherwise. Only the UI culture changes; the formatting culture
/// stays the process's, so numbers in CSV and other non-message output are as before.
/// </summary>
internal static class RequestLanguages
{
    public static IApplicationBuilder UseRequestLanguages(this IApplicationBuilder app)
    {
        var formatting = CultureInfo.CurrentCulture;
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(formatting, ErrorTexts.Swedish),
            SupportedCultures = [formatting],
            SupportedUICultures = [.. ErrorTexts.Languages],
            FallBackToParentUICultures = true,
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
        });
    }
}
