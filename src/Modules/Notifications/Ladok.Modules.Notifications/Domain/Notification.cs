namespace Ladok.Modules.Notifications.Domain;

/// <summary>
/// Avisering: something that happened in the student's studies, told to them in the app (and by e-mail where the university sends
/// mail). It keeps the kind and the facts, never a text: the text is written in the reader's language when it is read. One per event
/// and student (<see cref="EventId"/>), so an event delivered twice tells the student once.
/// </summary>
public sealed class Notification
{
    private Notification(Guid eventId, Guid studentId, NotificationKind kind, DateTimeOffset occurredAt, CourseFacts course)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        StudentId = studentId;
        Kind = kind;
        OccurredAt = occurredAt;
        CourseId = course.Id;
        CourseCode = course.Code;
        CourseNameSv = course.NameSv;
        CourseNameEn = course.NameEn;
    }

    // For EF Core.
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The integration event's outbox message id: the same on every redelivery.</summary>
    public Guid EventId { get; private set; }

    public Guid StudentId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>When the change was made in Records (the event's own time), not when it was delivered.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the student marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public string CourseNameSv { get; private set; } = "";

    public string CourseNameEn { get; private set; } = "";

    /// <summary>The registration's term, as HT2025; null for the other kinds.</summary>
    public string? Term { get; private set; }

    /// <summary>The module of an exam or a result; null for the whole course.</summary>
    public string? ModuleCode { get; private set; }

    /// <summary>The attested grade's code, such as VG.</summary>
    public string? Grade { get; private set; }

    public bool? IsPassing { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    public string? Place { get; private set; }

    public Guid? OfferingId { get; private set; }

    public Guid? RegistrationId { get; private set; }

    public Guid? ResultId { get; private set; }

    public Guid? ExamSittingId { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification RegistrationConfirmed(
        Guid eventId, Guid studentId, DateTimeOffset occurredAt, CourseFacts course, string term, Guid offeringId, Guid registrationId) =>
        new(eventId, studentId, NotificationKind.RegistrationConfirmed, occurredAt, course)
        {
            Term = term,
            OfferingId = offeringId,
            RegistrationId = registrationId,
        };

    /// <summary>The sitting's time and place; never its anonymous code, which the event does not carry and an e-mail must not.</summary>
    public static Notification ExamSignUpConfirmed(
        Guid eventId, Guid studentId, DateTimeOffset occurredAt, CourseFacts course, string? moduleCode, Guid examSittingId,
        DateTimeOffset startsAt, DateTimeOffset endsAt, string place, Guid registrationId) =>
        new(eventId, studentId, NotificationKind.ExamSignUpConfirmed, occurredAt, course)
        {
            ModuleCode = moduleCode,
            ExamSittingId = examSittingId,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Place = place,
            RegistrationId = registrationId,
        };

    public static Notification ResultAttested(
        Guid eventId, Guid studentId, DateTimeOffset occurredAt, CourseFacts course, string? moduleCode, string grade, bool isPassing,
        Guid resultId, Guid? registrationId) =>
        new(eventId, studentId, NotificationKind.ResultAttested, occurredAt, course)
        {
            ModuleCode = moduleCode,
            Grade = grade,
            IsPassing = isPassing,
            ResultId = resultId,
            RegistrationId = registrationId,
        };

    /// <summary>Marks it read; one read before keeps its first time, so marking twice changes nothing.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

/// <summary>The course a notification is about, with its names in both languages as the Catalogue has them.</summary>
public sealed record CourseFacts(Guid Id, string Code, string NameSv, string NameEn);
