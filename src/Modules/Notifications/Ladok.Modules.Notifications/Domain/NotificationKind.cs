namespace Ladok.Modules.Notifications.Domain;

/// <summary>What a notification tells the student; its text is written from the kind and the facts when it is read.</summary>
public enum NotificationKind
{
    /// <summary>The student is registered on an offering (records.registration-recorded).</summary>
    RegistrationConfirmed,

    /// <summary>The student has a seat at an exam sitting (records.exam-sign-up-confirmed).</summary>
    ExamSignUpConfirmed,

    /// <summary>A result of the student's was attested (records.result-attested).</summary>
    ResultAttested,
}
