using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// The university's own result rules (<see cref="IResultRule"/> from its plugins), asked before
/// results are marked ready or attested, once the product's rules have passed. Each rule sees a
/// copy of every result as the step would leave it; a refusal is a VALIDATION error naming the
/// plugin and its code, and a rule that throws or does not answer in time a PLUGIN_FAILURE. Either
/// way the caller stores nothing.
/// </summary>
public sealed class ResultRules(PluginExtensions<IResultRule> rules, ICatalogueQueries catalogue, TimeProvider clock, ILogger<ResultRules> logger)
{
    /// <summary>How errors and logs name this extension point.</summary>
    public const string ExtensionPoint = "result rule";

    private const int MaxCodeLength = 50;

    /// <summary>Every refusal and plugin failure for <paramref name="results"/>, each at its result's field; empty when all may take the step.</summary>
    public async Task<IReadOnlyList<DomainError>> CheckAsync(
        RecordsDbContext db, ResultStep step, IReadOnlyList<(Result Result, Field Field)> results, string by, CancellationToken cancellationToken)
    {
        if (rules.All.Count == 0 || results.Count == 0) return [];

        var described = await DescribeAsync(db, step, results, by, cancellationToken);
        if (!described.Succeeded) return described.Errors;

        var errors = new List<DomainError>();
        foreach (var rule in rules.All)
        {
            var answer = await PluginGuard.RunAsync(
                rule.PluginId, ExtensionPoint, _ => Ask(rule, described.Value!), rules.Timeout, clock, logger, cancellationToken);
            errors.AddRange(answer.Succeeded ? answer.Value! : answer.Errors);
        }
        return errors;
    }

    /// <summary>
    /// Runs inside the guard: enumerating a rule's refusals runs its code, and a refusal without a
    /// code or message is the plugin's fault, so it too becomes a PLUGIN_FAILURE.
    /// </summary>
    private static List<DomainError> Ask(PluginExtension<IResultRule> rule, IReadOnlyList<(ResultToCheck Result, Field Field)> results)
    {
        var refusals = new List<DomainError>();
        foreach (var (result, at) in results)
        {
            foreach (var refusal in rule.Extension.Check(result) ?? [])
            {
                if (refusal is null || string.IsNullOrWhiteSpace(refusal.Code) || refusal.Code.Length > MaxCodeLength
                    || string.IsNullOrWhiteSpace(refusal.Message) || refusal.EnglishMessage is { } english && string.IsNullOrWhiteSpace(english))
                {
                    throw new InvalidOperationException($"it gave a refusal without a code of 1–{MaxCodeLength} characters and a message");
                }
                var field = refusal.Field is { } named ? at.Then(FieldName(named)) : at;
                refusals.Add(PluginRefusal.Of(rule.PluginId, refusal.Code, refusal.Message, refusal.EnglishMessage, field));
            }
        }
        return refusals;
    }

    /// <summary>Copies of the results with their student and course version: one query for the students, one Catalogue question per course version.</summary>
    private async Task<Outcome<IReadOnlyList<(ResultToCheck Result, Field Field)>>> DescribeAsync(
        RecordsDbContext db, ResultStep step, IReadOnlyList<(Result Result, Field Field)> results, string by, CancellationToken cancellationToken)
    {
        var studentIds = results.Select(r => r.Result.StudentId).Distinct().ToList();
        var students = await db.Students.AsNoTracking().Where(s => studentIds.Contains(s.Id))
            .Select(s => new { s.Id, s.IdentityNumber, s.FirstName, s.LastName })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var versions = new Dictionary<Guid, CourseVersionInfo>();
        foreach (var (result, field) in results.DistinctBy(r => r.Result.CourseVersionId))
        {
            if (await catalogue.GetCourseVersionAsync(result.CourseVersionId, cancellationToken) is not { } version)
            {
                return DomainError.Of(RecordsReasons.CourseVersionGone, field, result.CourseCode);
            }
            versions[version.Id] = version;
        }

        var offeringIds = results.Where(r => r.Result.OfferingId is not null).Select(r => r.Result.OfferingId!.Value).Distinct().ToList();
        var offerings = await catalogue.GetOfferingsAsync(offeringIds, cancellationToken);
        var attempts = await EarlierAttemptsAsync(db, results.Select(r => r.Result).ToList(), cancellationToken);

        var today = RecordsRules.Today(clock);
        return Outcome<IReadOnlyList<(ResultToCheck, Field)>>.Success(results.Select(r =>
        {
            var (result, field) = r;
            var student = students[result.StudentId];
            var version = versions[result.CourseVersionId];
            var offering = result.OfferingId is { } offeringId && offerings.TryGetValue(offeringId, out var o)
                ? new ResultOffering(o.OfferingCode, o.Term.ToString(), o.StartDate, o.EndDate)
                : null;
            var scale = version.Modules.FirstOrDefault(m => m.Id == result.ModuleId)?.GradingScale ?? version.GradingScale;
            return (new ResultToCheck
            {
                Step = step,
                By = by,
                Today = today,
                ResultId = result.Id,
                StudentId = result.StudentId,
                IdentityNumber = student.IdentityNumber,
                FirstName = student.FirstName,
                LastName = student.LastName,
                CourseCode = result.CourseCode,
                CourseVersion = version.Number,
                ModuleCode = result.ModuleCode,
                Credits = result.Credits,
                GradingScaleCode = scale.Code,
                Grade = result.Grade,
                IsPassing = result.IsPassing,
                ExaminationDate = result.ExaminationDate,
                ProjectTitle = result.ProjectTitle,
                RequiresProjectTitle = version.RequiresProjectTitle,
                // A copy a plugin cannot cast back to the entity's list and change.
                Examiners = Array.AsReadOnly(result.Examiners.ToArray()),
                Offering = offering,
                EarlierAttempts = attempts
                    .Where(a => a.StudentId == result.StudentId && a.Id != result.Id && a.CourseCode == result.CourseCode && a.ModuleCode == result.ModuleCode)
                    .Select(a => a.Attempt).ToList().AsReadOnly(),
            }, field);
        }).ToList());
    }

    /// <summary>
    /// The attested results (in force or removed) of the students on the courses asked about, in one query: a rule sees those on
    /// the same module as its result's earlier attempts. Credit transfers are no attempts.
    /// </summary>
    private async Task<List<(Guid Id, Guid StudentId, string CourseCode, string? ModuleCode, EarlierAttempt Attempt)>> EarlierAttemptsAsync(
        RecordsDbContext db, IReadOnlyList<Result> results, CancellationToken cancellationToken)
    {
        var studentIds = results.Select(r => r.StudentId).Distinct().ToList();
        var courseCodes = results.Select(r => r.CourseCode).Distinct().ToList();
        var decided = await db.Results.AsNoTracking()
            .Where(r => studentIds.Contains(r.StudentId) && courseCodes.Contains(r.CourseCode) && r.Origin == ResultOrigin.Reported
                && (r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested || r.Status == ResultStatus.Removed))
            .GroupJoin(db.Registrations, r => r.RegistrationId, g => g.Id, (r, g) => new { Result = r, Registrations = g })
            .SelectMany(x => x.Registrations.DefaultIfEmpty(), (x, g) => new
            {
                x.Result.Id, x.Result.StudentId, x.Result.CourseCode, x.Result.ModuleCode, x.Result.Grade, x.Result.IsPassing,
                x.Result.ExaminationDate, x.Result.DecidedAt, x.Result.Status, OfferingCode = g == null ? null : g.OfferingCode,
            })
            .OrderBy(r => r.ExaminationDate).ThenBy(r => r.DecidedAt)
            .ToListAsync(cancellationToken);
        return decided.Select(r => (r.Id, r.StudentId, r.CourseCode, r.ModuleCode, new EarlierAttempt(
            r.Grade, r.IsPassing, r.ExaminationDate, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.DecidedAt!.Value, clock.LocalTimeZone).DateTime),
            r.OfferingCode, r.Status == ResultStatus.Removed))).ToList();
    }

    private static string FieldName(ResultField field) => field switch
    {
        ResultField.Grade => nameof(GradeEntry.Grade),
        ResultField.ExaminationDate => nameof(GradeEntry.ExaminationDate),
        ResultField.ProjectTitle => nameof(GradeEntry.ProjectTitle),
        ResultField.Examiners => nameof(MarkResultsReadyCommand.Examiners),
        _ => field.ToString(),
    };
}
