using Ladok.Kernel.Errors;
using Ladok.Kernel.Modules;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Seeding;

/// <summary>
/// Seeds the university plugin's trainings, their sessions and the demo staff's completed
/// trainings into an empty Training schema, through the domain rules and in one SaveChanges,
/// so a bad demo set fails start-up with the rule it breaks and leaves nothing behind.
/// </summary>
public sealed class TrainingDemoSeeder(IDbContextFactory<TrainingDbContext> databases, IUniversityProfile university, TimeProvider clock) : IDemoDataSeeder
{
    /// <summary>The demo completions' date: fixed, so demo expiry dates are the same on every machine.</summary>
    public static readonly DateOnly CompletedOn = new(2026, 9, 1);

    public const string RecordedBy = "seed";

    public int Order => 10;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (university.DemoData is not { } demo) return false;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Trainings.AnyAsync(cancellationToken)) return false;

        var trainings = new Dictionary<string, Domain.Training>(StringComparer.Ordinal);
        foreach (var demoTraining in demo.Trainings)
        {
            var training = Must(
                Domain.Training.Create(demoTraining.Code, demoTraining.NameSv, demoTraining.NameEn, demoTraining.ProfileCode, demoTraining.ValidForMonths),
                demoTraining.Code);
            db.Trainings.Add(training);
            trainings[training.Code] = training;

            foreach (var s in demoTraining.Sessions)
            {
                db.Sessions.Add(Must(training.Schedule(s.StartsAt, s.EndsAt, s.Location, s.Capacity), $"{demoTraining.Code} {s.StartsAt:yyyy-MM-dd HH:mm}"));
            }
        }

        foreach (var user in demo.Users)
        {
            foreach (var code in user.CompletedTrainings)
            {
                if (!trainings.TryGetValue(code, out var training))
                {
                    throw new InvalidOperationException(
                        $"The demo data of {university.Code} says {user.UserId} completed the training '{code}', which it does not define.");
                }
                db.Completions.Add(Must(training.RecordCompletion(user.UserId, CompletedOn, RecordedBy, clock), $"{user.UserId} {code}"));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private T Must<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException(
                $"The demo data of {university.Code} is invalid at {what}: {string.Join(" ", outcome.Errors.Select(e => e.Message))}");
}
