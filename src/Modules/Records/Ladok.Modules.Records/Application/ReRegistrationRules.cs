using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// The university's own rules on re-registration (<see cref="IReRegistrationRule"/> from its plugins), asked
/// before an OM is stored, once the product's rules have passed. Each rule sees a copy of the re-registration
/// and the student's earlier registrations on the course with where the student stands on them; a refusal is a
/// VALIDATION error on the kind naming the plugin and its code, a rule that throws or does not answer in time a
/// PLUGIN_FAILURE. Either way nothing is stored.
/// </summary>
public sealed class ReRegistrationRules(
    PluginExtensions<IReRegistrationRule> rules, ParticipationStates states, ICatalogueQueries catalogue, TimeProvider clock,
    ILogger<ReRegistrationRules> logger)
{
    /// <summary>How errors and logs name this extension point.</summary>
    public const string ExtensionPoint = "re-registration rule";

    private const int MaxCodeLength = 50;

    /// <summary>Every refusal and plugin failure for <paramref name="registration"/>; empty when it may be stored or is no OM.</summary>
    public async Task<IReadOnlyList<DomainError>> CheckAsync(
        Registration registration, IReadOnlyList<Registration> earlierOnCourse, string by, CancellationToken cancellationToken)
    {
        if (rules.All.Count == 0 || registration.Kind != RegistrationKind.Repeat) return [];

        var question = await DescribeAsync(registration, earlierOnCourse, by, cancellationToken);
        var errors = new List<DomainError>();
        foreach (var rule in rules.All)
        {
            var answer = await PluginGuard.RunAsync(rule.PluginId, ExtensionPoint, _ => Ask(rule, question), rules.Timeout, clock, logger, cancellationToken);
            errors.AddRange(answer.Succeeded ? answer.Value! : answer.Errors);
        }
        return errors;
    }

    /// <summary>Runs inside the guard, so a rule's enumeration and a refusal without a code or message are the plugin's fault.</summary>
    private static List<DomainError> Ask(PluginExtension<IReRegistrationRule> rule, ReRegistrationToCheck question)
    {
        var refusals = new List<DomainError>();
        foreach (var refusal in rule.Extension.Check(question) ?? [])
        {
            if (refusal is null || string.IsNullOrWhiteSpace(refusal.Code) || refusal.Code.Length > MaxCodeLength || string.IsNullOrWhiteSpace(refusal.Message)
                || refusal.EnglishMessage is { } english && string.IsNullOrWhiteSpace(english))
            {
                throw new InvalidOperationException($"it gave a refusal without a code of 1–{MaxCodeLength} characters and a message");
            }
            refusals.Add(PluginRefusal.Of(rule.PluginId, refusal.Code, refusal.Message, refusal.EnglishMessage, Field.Of(nameof(RegisterStudentCommand.Kind))));
        }
        return refusals;
    }

    private async Task<ReRegistrationToCheck> DescribeAsync(
        Registration registration, IReadOnlyList<Registration> earlierOnCourse, string by, CancellationToken cancellationToken)
    {
        var stateOf = await states.ByRegistrationIdsAsync(earlierOnCourse.Select(r => r.Id).ToList(), cancellationToken);
        var earlier = new List<EarlierRegistration>();
        foreach (var r in earlierOnCourse.OrderBy(r => r.RegisteredAt))
        {
            var offering = await catalogue.GetOfferingAsync(r.OfferingId, cancellationToken)
                ?? throw new InvalidOperationException($"The Catalogue has no offering {r.OfferingId} for registration {r.Id}.");
            earlier.Add(new EarlierRegistration
            {
                OfferingCode = r.OfferingCode,
                Term = r.Term,
                Type = (RegistrationType)r.Kind,
                Status = (ParticipationStatus)stateOf[r.Id],
                StartDate = offering.StartDate,
                EndDate = offering.EndDate,
            });
        }

        return new ReRegistrationToCheck
        {
            By = by,
            Today = RecordsRules.Today(clock),
            StudentId = registration.StudentId,
            CourseCode = registration.CourseCode,
            OfferingCode = registration.OfferingCode,
            Term = registration.Term,
            Earlier = earlier.AsReadOnly(),
        };
    }
}
