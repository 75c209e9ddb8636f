using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary><paramref name="CreatedBy"/> is the signed-in user's id.</summary>
public sealed record CreateStudentCommand(string IdentityNumber, bool IsInterim, string FirstName, string LastName, string? Email, string CreatedBy);

/// <summary><paramref name="RegisteredBy"/> is the signed-in user's id; their right is checked at the offering's department.</summary>
public sealed record RegisterStudentCommand(Guid StudentId, Guid OfferingId, RegistrationKind Kind, string RegisteredBy);

/// <summary>A study break from <paramref name="From"/> to <paramref name="To"/>, both days included.</summary>
public sealed record RecordStudyBreakCommand(Guid RegistrationId, DateOnly From, DateOnly To, string? Reason, string RecordedBy);

/// <summary>
/// A study break decided on a programme registration from <paramref name="From"/> to <paramref name="To"/>, both days included,
/// the student resuming in <paramref name="ResumeTerm"/>; <paramref name="GuaranteedPlace"/> when special reasons keep the place.
/// </summary>
public sealed record RecordProgrammeStudyBreakCommand(
    Guid ProgrammeRegistrationId, DateOnly From, DateOnly To, string? ResumeTerm, bool GuaranteedPlace, string RecordedBy);

/// <summary>Exactly one of <paramref name="RegistrationId"/> and <paramref name="ProgrammeRegistrationId"/>.</summary>
public sealed record RecordDropoutCommand(Guid? RegistrationId, Guid? ProgrammeRegistrationId, DateOnly Date, string? Reason, string RecordedBy);

/// <summary>Removes a registration that should not stand, before its offering starts; <paramref name="RemovedBy"/> is the signed-in user's id.</summary>
public sealed record RemoveRegistrationCommand(Guid RegistrationId, string RemovedBy);

public sealed record RegisterOnProgrammeCommand(Guid StudentId, Guid ProgrammeId, string StartTerm, string RegisteredBy);

/// <summary>
/// A student's new identity number, written as at creation; <paramref name="IsInterim"/> for an interim number. <paramref name="Version"/>
/// is the student's version the caller read.
/// </summary>
public sealed record ChangeIdentityNumberCommand(Guid StudentId, uint Version, string IdentityNumber, bool IsInterim, string ChangedBy);

/// <summary>Whether the student pays fees (betalande student) in <paramref name="Term"/>, such as HT2025.</summary>
public sealed record RecordFeePayingCommand(Guid StudentId, string Term, bool IsFeePaying, string RecordedBy);

/// <summary>What a student's term is after <see cref="RecordFeePayingCommand"/> or <see cref="RecordFeePaymentCommand"/>.</summary>
public sealed record FeePayingStatus(Guid StudentId, string Term, bool IsFeePaying)
{
    /// <summary>Whether the term's fee is recorded as paid; false for a term that is not fee-paying.</summary>
    public bool IsFeePaid { get; init; }
}

/// <summary>Whether a fee-paying student has paid the fee of <paramref name="Term"/>, such as HT2025.</summary>
public sealed record RecordFeePaymentCommand(Guid StudentId, string Term, bool IsPaid, string RecordedBy);

/// <summary>Avstängning: the student is suspended from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public sealed record RecordSuspensionCommand(Guid StudentId, DateOnly From, DateOnly To, string RecordedBy);

/// <summary>The student registers themself on the offering; <paramref name="By"/> is their user id.</summary>
public sealed record RegisterMyselfCommand(Guid StudentId, Guid OfferingId, string By);

/// <summary>The student withdraws themself (återbud) from their registration on the offering; <paramref name="By"/> is their user id.</summary>
public sealed record WithdrawMyselfCommand(Guid StudentId, Guid OfferingId, string By);
