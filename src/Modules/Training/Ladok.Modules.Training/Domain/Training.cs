using Ladok.Kernel.Errors;

namespace Ladok.Modules.Training.Domain;

/// <summary>
/// Utbildning för behörighet: staff training for a permission profile, such as the
/// introductory meeting Umeå requires before granting studieadministratör. Not a course.
/// </summary>
/// <remarks>
/// Outside this namespace write <c>Domain.Training</c>: inside <c>Ladok.Modules.Training.*</c> the
/// bare name <c>Training</c> resolves to the module's namespace before any using directive.
/// </remarks>
public sealed class Training
{
    private Training()
    {
    }

    private Training(string code, string nameSv, string nameEn, string? profileCode, int? validForMonths)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameSv = nameSv;
        NameEn = nameEn;
        ProfileCode = profileCode;
        ValidForMonths = validForMonths;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable and unique, such as INTRO-STADM; plugins name trainings by it.</summary>
    public string Code { get; private set; } = "";

    public string NameSv { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    /// <summary>The permission profile it prepares for, such as STUDY_ADMINISTRATOR; null for general training.</summary>
    public string? ProfileCode { get; private set; }

    /// <summary>How long a completion counts; null when it never expires.</summary>
    public int? ValidForMonths { get; private set; }

    public static Outcome<Training> Create(string code, string nameSv, string nameEn, string? profileCode, int? validForMonths)
    {
        var errors = new[]
        {
            TrainingRules.Code(code, Field.Of(nameof(code))),
            TrainingRules.Text(nameSv, TrainingReasons.Name, Field.Of(nameof(nameSv))),
            TrainingRules.Text(nameEn, TrainingReasons.Name, Field.Of(nameof(nameEn))),
            profileCode is null ? null : TrainingRules.Code(profileCode, Field.Of(nameof(profileCode))),
            validForMonths is null or > 0 ? null
                : DomainError.Of(TrainingReasons.InvalidValidity, nameof(validForMonths), validForMonths),
        }.OfType<DomainError>().ToList();
        return errors.Count > 0
            ? Outcome<Training>.Failure(errors)
            : Outcome<Training>.Success(new Training(code, nameSv, nameEn, profileCode, validForMonths));
    }

    /// <summary>The first day a completion on <paramref name="completedOn"/> no longer counts; null when it never expires.</summary>
    public DateOnly? ExpiresOn(DateOnly completedOn) => ValidForMonths is { } months ? completedOn.AddMonths(months) : null;

    /// <summary>A new session of this training. Sessions may lie in the past: an administrator may register one after the fact.</summary>
    public Outcome<TrainingSession> Schedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string location, int capacity) =>
        TrainingSession.Create(Id, startsAt, endsAt, location, capacity);

    /// <summary>Records that <paramref name="userId"/> completed this training; the date cannot be in the future.</summary>
    public Outcome<TrainingCompletion> RecordCompletion(string userId, DateOnly completedOn, string recordedBy, TimeProvider clock)
    {
        var today = TrainingRules.Today(clock);
        var errors = new[]
        {
            TrainingRules.UserId(userId, Field.Of(nameof(userId))),
            completedOn <= today ? null
                : DomainError.Of(TrainingReasons.CompletionInFuture, nameof(completedOn), completedOn, today),
        }.OfType<DomainError>().ToList();
        return errors.Count > 0
            ? Outcome<TrainingCompletion>.Failure(errors)
            : Outcome<TrainingCompletion>.Success(new TrainingCompletion(Id, userId, completedOn, ExpiresOn(completedOn), recordedBy, clock.GetUtcNow()));
    }
}
