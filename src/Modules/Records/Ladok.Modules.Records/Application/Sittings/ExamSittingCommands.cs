using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>A sitting on <paramref name="CourseVersionId"/>, on its module <paramref name="ModuleCode"/> or (null) the whole course.</summary>
public sealed record CreateExamSittingCommand(Guid CourseVersionId, string? ModuleCode, ExamSittingPlan Plan, string By);

/// <summary>The sitting's new time, place, window and seats, all of them; <paramref name="Version"/> as the caller read it.</summary>
public sealed record ChangeExamSittingCommand(Guid ExamSittingId, uint Version, ExamSittingPlan Plan, string By);

public sealed record CancelExamSittingCommand(Guid ExamSittingId, uint Version, string By);

/// <summary>The signed-in student <paramref name="StudentId"/> signs themself up; <paramref name="By"/> is their user id.</summary>
public sealed record SignUpForExamSittingCommand(Guid ExamSittingId, Guid StudentId, string By);

/// <summary>The signed-in student <paramref name="StudentId"/> takes back their own sign-up.</summary>
public sealed record CancelExamSittingSignUpCommand(Guid ExamSittingId, Guid StudentId, string By);

/// <summary>A sign-up and the sitting it is at, after the step.</summary>
public sealed record ExamSittingSeat(ExamSitting Sitting, ExamSittingSignUp SignUp);
