using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Aktivitetstillfälle: an exam on a course version (or one of its modules) at a time and place, with a sign-up window and a
/// number of seats. Students registered on the course sign up within the window; each sign-up gets an anonymous code
/// (anonymiseringskod) that the teachers grade by.
/// </summary>
public sealed class ExamSitting
{
    public const int MaxPlaceLength = 100;

    /// <summary>The field of a command that names the sitting, for refusals about the sitting as a whole.</summary>
    public static Field Itself { get; } = Field.Of("ExamSittingId");

    private static readonly Wording ThePlace = new("Platsen", "The place");

    private readonly List<ExamSittingSignUp> signUps = [];

    private ExamSitting()
    {
    }

    private ExamSitting(ExamSittingCourse course, ExamSittingPlan plan, string createdBy, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        CourseId = course.CourseId;
        CourseCode = course.CourseCode;
        CourseVersionId = course.CourseVersionId;
        ModuleId = course.ModuleId;
        ModuleCode = course.ModuleCode;
        DepartmentId = course.DepartmentId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Apply(plan);
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>Copied from the Catalogue when the sitting is created, so lists show it without asking.</summary>
    public string CourseCode { get; private set; } = "";

    /// <summary>The course version (utbildningsinstans) examined: students registered on an offering of it may sign up.</summary>
    public Guid CourseVersionId { get; private set; }

    /// <summary>The module examined; null for an exam on the whole course.</summary>
    public Guid? ModuleId { get; private set; }

    public string? ModuleCode { get; private set; }

    /// <summary>The course's department: its study administrators plan the sitting and resolve its codes.</summary>
    public Guid DepartmentId { get; private set; }

    /// <summary>In UTC (timestamptz keeps no offset); clients show it in their own zone.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>A room or a hall, such as "Östra paviljongen, sal 1".</summary>
    public string Place { get; private set; } = "";

    /// <summary>The first day students may sign up (anmälan öppnar).</summary>
    public DateOnly SignUpOpens { get; private set; }

    /// <summary>The last day students may sign up or take back their sign-up (anmälan stänger), before the sitting's day.</summary>
    public DateOnly SignUpCloses { get; private set; }

    /// <summary>Seats; at least one, and never fewer than those signed up.</summary>
    public int Capacity { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL's xmin).</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Who has signed up. Load them, under a lock on the sitting's row, before signing anyone up or changing the seats.</summary>
    public IReadOnlyList<ExamSittingSignUp> SignUps => signUps;

    public bool IsCancelled => CancelledAt is not null;

    public static Outcome<ExamSitting> Create(ExamSittingCourse course, ExamSittingPlan plan, string createdBy, TimeProvider clock)
    {
        var errors = Check(plan, signedUp: 0, clock);
        return errors.Count > 0
            ? Outcome<ExamSitting>.Failure(errors)
            : Outcome<ExamSitting>.Success(new ExamSitting(course, plan with { Place = plan.Place.Trim() }, createdBy, clock.GetUtcNow()));
    }

    /// <summary>Moves the sitting, changes its place, window or seats; <see cref="SignUps"/> must be loaded (seats never fewer than them).</summary>
    public Outcome<ExamSitting> Change(ExamSittingPlan plan, TimeProvider clock)
    {
        if (IsCancelled) return DomainError.Of(ExamSittingReasons.ExamSittingCancelled, Itself, CourseCode, StartsAt);
        var errors = Check(plan, signUps.Count, clock);
        if (errors.Count > 0) return Outcome<ExamSitting>.Failure(errors);
        Apply(plan with { Place = plan.Place.Trim() });
        return Outcome<ExamSitting>.Success(this);
    }

    /// <summary>Cancels the sitting: nobody signs up any more; those signed up keep their sign-ups (and codes) on record.</summary>
    public Outcome<ExamSitting> Cancel(string cancelledBy, TimeProvider clock)
    {
        if (IsCancelled) return DomainError.Of(ExamSittingReasons.ExamSittingCancelled, Itself, CourseCode, StartsAt);
        CancelledAt = clock.GetUtcNow();
        CancelledBy = cancelledBy;
        return Outcome<ExamSitting>.Success(this);
    }

    /// <summary>
    /// Signs the student up on their <paramref name="registrationId"/> (a registration on an offering of the version examined, which the
    /// caller found): within the window, once, while seats are left, with a code no one else at the sitting has.
    /// <see cref="SignUps"/> must hold every sign-up of the sitting.
    /// </summary>
    public Outcome<ExamSittingSignUp> SignUp(Guid studentId, Guid registrationId, TimeProvider clock, Func<int, int>? random = null)
    {
        if (IsCancelled) return DomainError.Of(ExamSittingReasons.ExamSittingCancelled, Itself, CourseCode, StartsAt);
        if (signUps.Any(s => s.StudentId == studentId)) return DomainError.Of(ExamSittingReasons.AlreadySignedUp, Itself, CourseCode, StartsAt);
        if (WindowRefusal(clock) is { } closed) return closed;
        if (signUps.Count >= Capacity) return DomainError.Of(ExamSittingReasons.ExamSittingFull, Itself, signUps.Count, Capacity);

        var code = AnonymousCode.Draw(signUps.Select(s => s.AnonymousCode).ToHashSet(StringComparer.Ordinal), random);
        var signUp = new ExamSittingSignUp(Id, studentId, registrationId, code, clock.GetUtcNow());
        signUps.Add(signUp);
        return Outcome<ExamSittingSignUp>.Success(signUp);
    }

    /// <summary>Takes back the student's sign-up within the window: the sign-up taken back, for the store to delete.</summary>
    public Outcome<ExamSittingSignUp> CancelSignUp(Guid studentId, TimeProvider clock)
    {
        var signUp = signUps.SingleOrDefault(s => s.StudentId == studentId);
        if (signUp is null) return DomainError.Of(ExamSittingReasons.NotSignedUp, Itself, CourseCode, StartsAt);
        if (WindowRefusal(clock) is { } closed) return closed;
        signUps.Remove(signUp);
        return Outcome<ExamSittingSignUp>.Success(signUp);
    }

    /// <summary>SIGN_UP_CLOSED unless today (the university's date) is in the window.</summary>
    private DomainError? WindowRefusal(TimeProvider clock)
    {
        var today = RecordsRules.Today(clock);
        return today >= SignUpOpens && today <= SignUpCloses ? null : DomainError.Of(ExamSittingReasons.SignUpClosed, Itself, SignUpOpens, SignUpCloses);
    }

    /// <summary>The day the sitting starts where the university is (the clock's time zone), which the window must close before.</summary>
    public static DateOnly DayOf(DateTimeOffset startsAt, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt, clock.LocalTimeZone).DateTime);

    private static List<DomainError> Check(ExamSittingPlan plan, int signedUp, TimeProvider clock)
    {
        var place = plan.Place.Trim();
        var sittingDay = DayOf(plan.StartsAt, clock);
        return new[]
        {
            place.Length == 0 ? DomainError.Of(KernelReasons.Required, nameof(plan.Place), ThePlace)
                : place.Length > MaxPlaceLength ? DomainError.Of(KernelReasons.TooLong, nameof(plan.Place), ThePlace, MaxPlaceLength)
                : null,
            plan.EndsAt > plan.StartsAt ? null : DomainError.Of(ExamSittingReasons.ExamSittingEndsBeforeStart, nameof(plan.EndsAt), plan.EndsAt, plan.StartsAt),
            plan.SignUpOpens <= plan.SignUpCloses && plan.SignUpCloses < sittingDay ? null
                : DomainError.Of(ExamSittingReasons.SignUpWindow, nameof(plan.SignUpCloses), plan.SignUpOpens, plan.SignUpCloses, sittingDay),
            plan.Capacity >= Math.Max(1, signedUp) ? null
                : DomainError.Of(ExamSittingReasons.ExamSittingCapacity, nameof(plan.Capacity), plan.Capacity, signedUp),
        }.OfType<DomainError>().ToList();
    }

    private void Apply(ExamSittingPlan plan)
    {
        StartsAt = plan.StartsAt.ToUniversalTime();
        EndsAt = plan.EndsAt.ToUniversalTime();
        Place = plan.Place;
        SignUpOpens = plan.SignUpOpens;
        SignUpCloses = plan.SignUpCloses;
        Capacity = plan.Capacity;
    }
}

/// <summary>What a sitting examines, from the Catalogue: the course version, the module (null for the whole course) and the department.</summary>
public sealed record ExamSittingCourse(Guid CourseId, string CourseCode, Guid CourseVersionId, Guid? ModuleId, string? ModuleCode, Guid DepartmentId);

/// <summary>When and where a sitting is, its sign-up window (both days included) and its seats.</summary>
public sealed record ExamSittingPlan(
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, DateOnly SignUpOpens, DateOnly SignUpCloses, int Capacity);
