using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Permissions.Tests;

/// <summary>The Training module's facade: completions are set by the test.</summary>
internal sealed class FakeTraining : ITrainingQueries
{
    public const string Intro = "INTRO";

    private readonly Dictionary<string, HashSet<string>> completed = [];

    public void Complete(string userId, string code)
    {
        if (!completed.TryGetValue(userId, out var codes)) completed[userId] = codes = [];
        codes.Add(code);
    }

    public Task<IReadOnlySet<string>> CompletedTrainingCodesAsync(string userId, DateOnly asOf, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(completed.TryGetValue(userId, out var codes) ? codes : new HashSet<string>());

    public Task<IReadOnlyList<TrainingInfo>> TrainingsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TrainingInfo>>([new(Guid.NewGuid(), Intro, "Introducerande träff", "Introductory meeting", "STUDY_ADMINISTRATOR", null)]);
}

/// <summary>Umeå's rule: study administrators need the introductory meeting.</summary>
internal sealed class IntroRequired : IPermissionPrerequisites
{
    public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) => profileCode == "STUDY_ADMINISTRATOR" ? [FakeTraining.Intro] : [];
}
