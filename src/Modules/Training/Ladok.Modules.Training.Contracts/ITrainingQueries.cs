namespace Ladok.Modules.Training.Contracts;

/// <summary>
/// What other modules may ask the Training module (Permissions asks it whether an applicant has
/// the training a profile requires). They never read its tables.
/// </summary>
public interface ITrainingQueries
{
    /// <summary>Codes of the trainings the user has completed and that have not expired on <paramref name="asOf"/>.</summary>
    Task<IReadOnlySet<string>> CompletedTrainingCodesAsync(string userId, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>Every training, by code.</summary>
    Task<IReadOnlyList<TrainingInfo>> TrainingsAsync(CancellationToken cancellationToken);
}

/// <summary>Utbildning för behörighet: a staff training, as other modules see it.</summary>
/// <param name="Id">The training's own id.</param>
/// <param name="Code">Stable code, such as INTRO-STADM; plugins name trainings by it.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ProfileCode">The permission profile it prepares for, such as STUDY_ADMINISTRATOR; null for general training.</param>
/// <param name="ValidForMonths">How long a completion counts; null when it never expires.</param>
public sealed record TrainingInfo(Guid Id, string Code, string NameSv, string NameEn, string? ProfileCode, int? ValidForMonths);
