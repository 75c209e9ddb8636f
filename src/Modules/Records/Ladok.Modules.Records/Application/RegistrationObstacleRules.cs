using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// The university's own obstacles to a student registering themself (<see cref="IRegistrationObstacleRule"/> from its
/// plugins), asked once the product's obstacles have passed. Each rule sees a copy of the registration; a refusal is a
/// VALIDATION error on the offering naming the plugin and its code, a rule that throws or does not answer in time a
/// PLUGIN_FAILURE. Either way nothing is stored.
/// </summary>
public sealed class RegistrationObstacleRules(PluginExtensions<IRegistrationObstacleRule> rules, TimeProvider clock, ILogger<RegistrationObstacleRules> logger)
{
    /// <summary>How errors and logs name this extension point.</summary>
    public const string ExtensionPoint = "registration obstacle rule";

    private const int MaxCodeLength = 50;

    /// <summary>Every refusal and plugin failure for the student's registration of themself; empty when it may be stored.</summary>
    public async Task<IReadOnlyList<DomainError>> CheckAsync(Registration registration, OfferingInfo offering, CancellationToken cancellationToken)
    {
        if (rules.All.Count == 0) return [];

        var question = new SelfRegistrationToCheck
        {
            Today = RecordsRules.Today(clock),
            StudentId = registration.StudentId,
            CourseCode = registration.CourseCode,
            OfferingCode = registration.OfferingCode,
            Term = registration.Term,
            Type = (RegistrationType)registration.Kind,
            StudyForm = offering.StudyForm,
            StartDate = offering.StartDate,
        };
        var errors = new List<DomainError>();
        foreach (var rule in rules.All)
        {
            var answer = await PluginGuard.RunAsync(rule.PluginId, ExtensionPoint, _ => Ask(rule, question), rules.Timeout, clock, logger, cancellationToken);
            errors.AddRange(answer.Succeeded ? answer.Value! : answer.Errors);
        }
        return errors;
    }

    /// <summary>Runs inside the guard, so a rule's enumeration and a refusal without a code or message are the plugin's fault.</summary>
    private static List<DomainError> Ask(PluginExtension<IRegistrationObstacleRule> rule, SelfRegistrationToCheck question)
    {
        var refusals = new List<DomainError>();
        foreach (var refusal in rule.Extension.Check(question) ?? [])
        {
            if (refusal is null || string.IsNullOrWhiteSpace(refusal.Code) || refusal.Code.Length > MaxCodeLength || string.IsNullOrWhiteSpace(refusal.Message)
                || refusal.EnglishMessage is { } english && string.IsNullOrWhiteSpace(english))
            {
                throw new InvalidOperationException($"it gave a refusal without a code of 1–{MaxCodeLength} characters and a message");
            }
            refusals.Add(PluginRefusal.Of(rule.PluginId, refusal.Code, refusal.Message, refusal.EnglishMessage,
                Field.Of(nameof(RegisterMyselfCommand.OfferingId))));
        }
        return refusals;
    }
}
