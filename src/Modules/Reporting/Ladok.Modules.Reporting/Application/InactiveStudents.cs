using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// Inaktiva studenter: the built-in report <c>inactive-students</c>, which applies the inactivity
/// rule of the university the host serves to every student. What "inactive" means is the
/// university's own rule, so without one the report does not exist for that university. The rule
/// is plugin code, run through the Kernel's <see cref="PluginGuard"/> a batch of students at a time:
/// whatever it throws, and a batch it does not answer within the time-out, fails the report as
/// PLUGIN_FAILURE naming the plugin; a rule that hangs is left behind, not waited for. The rule (one
/// at most) and the time-out per batch come from the host as <see cref="PluginExtensions{T}"/>.
/// </summary>
public sealed class InactiveStudents(IRecordsQueries records, PluginExtensions<IInactivityRule> rules, TimeProvider clock, ILogger<InactiveStudents> logger)
{
    public const string Name = "inactive-students";

    /// <summary>How errors and logs name this extension point.</summary>
    public const string ExtensionPoint = "inactivity rule";

    /// <summary>Students handed to the rule at once: one hop to the thread pool per batch, not per student.</summary>
    private const int Batch = 1000;

    private readonly PluginExtension<IInactivityRule>? rule = rules.All.Count switch
    {
        0 => null,
        1 => rules.All[0],
        _ => throw new ArgumentException("A university has one inactivity rule; the host refuses to start with more.", nameof(rules)),
    };

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("identity_number", "Personnummer or samordningsnummer, twelve digits (or an interim number)."),
        new("name", "First and last name."),
        new("last_registered", "The day of the latest registration, ISO 8601; empty if never registered."),
        new("last_examined", "The latest examination date of a result in force, ISO 8601; empty if none."),
        new("inactive_since", "The first day the student counts as inactive by the university's rule, ISO 8601; empty if never active."),
        new("reason", "Why, in the words of the university's rule."),
    ];

    /// <summary>The report as <c>reports</c> lists it; null when no plugin gives the university an inactivity rule.</summary>
    public ReportDefinition? Definition => rule is null ? null : new ReportDefinition(
        Name, "Inaktiva studenter", $"Students who count as inactive by the university's rule: {RuleDescription(rule)}", false, [], Columns);

    /// <summary>Why the report cannot run: said instead of "no such report" when the university has no rule.</summary>
    public static DomainError NoRule { get; } = DomainError.Of(ReportingReasons.NoInactivityRule, "name", Name);

    /// <summary>Every inactive student, streamed in the Records facade's order (by identity number).</summary>
    public async IAsyncEnumerable<IReadOnlyList<string>> RowsAsync(DateOnly today, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var applied = rule ?? throw new InvalidOperationException("No inactivity rule; ReportCatalog lists the report only with one.");
        await foreach (var batch in new ReportData(records).StudentActivityAsync(cancellationToken).Chunk(Batch).WithCancellation(cancellationToken))
        {
            var verdicts = await AssessAsync(applied, batch, today, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                if (verdicts[i] is not { } inactive) continue;
                var student = batch[i];
                yield return [
                    student.IdentityNumber, student.Name, Text(student.LastRegistered), Text(student.LastExamined), Text(inactive.Since),
                    inactive.Reason ?? ""];
            }
        }
    }

    /// <summary>One batch through the rule, guarded; a failure ends the report's stream as PLUGIN_FAILURE.</summary>
    private async Task<Inactivity?[]> AssessAsync(
        PluginExtension<IInactivityRule> applied, StudentActivity[] batch, DateOnly today, CancellationToken cancellationToken)
    {
        var verdicts = await PluginGuard.RunAsync(applied.PluginId, ExtensionPoint,
            _ => Array.ConvertAll(batch, s => applied.Extension.Assess(s, today)), rules.Timeout, clock, logger, cancellationToken);
        return verdicts.Succeeded ? verdicts.Value! : throw LadokException.From(verdicts.Errors[0]);
    }

    private string RuleDescription(PluginExtension<IInactivityRule> applied)
    {
        try
        {
            return applied.Extension.Description;
        }
#pragma warning disable CA1031 // a plugin's description must not break the list of reports
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Plugin {PluginId} failed in its {ExtensionPoint} while describing itself", applied.PluginId, ExtensionPoint);
            return $"the rule of the plugin {applied.PluginId} (it could not describe itself).";
        }
    }

    private static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
