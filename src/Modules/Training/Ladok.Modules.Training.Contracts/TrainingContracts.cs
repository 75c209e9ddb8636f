namespace Ladok.Modules.Training.Contracts;

public static class TrainingPolicies
{
    /// <summary>Schedule sessions and record completions (administrators).</summary>
    public const string Manage = "training.manage";
}

public interface ITrainingQueries
{
    /// <summary>Codes of the trainings the user has completed and that have not expired on <paramref name="asOf"/>.</summary>
    Task<IReadOnlySet<string>> CompletedTrainingCodesAsync(string userId, DateOnly asOf, CancellationToken cancellationToken);

    Task<IReadOnlyList<TrainingInfo>> TrainingsAsync(CancellationToken cancellationToken);
}

public sealed record TrainingInfo(Guid Id, string Code, string NameSv, string NameEn, string? ProfileCode, int? ValidForMonths);
