using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Application.Results;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladok.Modules.Records.Tests;

/// <summary>The result rules of a university whose plugins add none, or of one that adds <paramref name="rules"/>.</summary>
internal static class TestResultRules
{
    public static ResultRules Of(ICatalogueQueries catalogue, TimeProvider clock, params PluginExtension<IResultRule>[] rules) =>
        new(rules.Length == 0 ? PluginExtensions<IResultRule>.None : new PluginExtensions<IResultRule>(rules, TimeSpan.FromSeconds(5)),
            catalogue, clock, NullLogger<ResultRules>.Instance);
}

/// <summary>Valid numbers for tests: the check digit computed, not copied.</summary>
internal static class Numbers
{
    /// <summary><c>YYMMDD-NNNC</c> with the right check digit for the nine digits given.</summary>
    public static string Personal(string yymmddnnn) => $"{yymmddnnn[..6]}-{yymmddnnn[6..]}{Luhn(yymmddnnn)}";

    public static int Luhn(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }
}
