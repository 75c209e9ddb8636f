using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Permissions.Application;

/// <summary>
/// A training a profile requires, and whether the user has it; <paramref name="Training"/> is null for a code the Training module does not know.
/// </summary>
public sealed record RequiredTraining(string Code, TrainingInfo? Training, bool Completed);

/// <summary>
/// The trainings the university requires for a profile (its plugin's <see cref="IPermissionPrerequisites"/>), each as completed and
/// not expired on a day or not: what approving an application checks, and what its `completedTrainings` and `missingTrainings` show before.
/// </summary>
public sealed class RequiredTrainings(IPermissionPrerequisites prerequisites, ITrainingQueries training)
{
    public async Task<IReadOnlyList<RequiredTraining>> OfAsync(string userId, string profileCode, DateOnly asOf, CancellationToken cancellationToken)
    {
        var required = prerequisites.RequiredTrainingCodes(profileCode);
        if (required.Count == 0) return [];

        var completed = await training.CompletedTrainingCodesAsync(userId, asOf, cancellationToken);
        var trainings = (await training.TrainingsAsync(cancellationToken)).ToDictionary(t => t.Code);
        return required.Select(code => new RequiredTraining(code, trainings.GetValueOrDefault(code), completed.Contains(code))).ToList();
    }
}
