using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.GraphQL.Scalars;
using Ladok.Modules.Records.Application.Sittings;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

public sealed class ExamSittingType : NodeGraphType<ExamSitting>
{
    public ExamSittingType() : base("ExamSitting", s => s.Id)
    {
        Description = "Aktivitetstillfälle: an exam on a course version or one of its modules, at a time and place, with a sign-up window and seats. "
            + "Students registered on the course sign up; each gets an anonymous code (anonymiseringskod) the exam is graded by.";
        Field("course", Links.Of("Course")).Description("The course examined.").Resolve(c => Links.Load(c, "Course", c.Source.CourseId));
        Field(s => s.CourseCode).Description("The course code, as it was when the sitting was planned.");
        Field("module", Links.Of("CourseModule", nullable: true)).Description("The module (modul) examined; null for an exam on the whole course.")
            .Resolve(c => c.Source.ModuleId is { } id ? Links.Load(c, "CourseModule", id) : null);
        Field(s => s.ModuleCode, nullable: true).Description("The module's code, such as 0002; null for an exam on the whole course.");
        Field(s => s.StartsAt).Description("When the exam starts; in UTC.");
        Field(s => s.EndsAt).Description("When the exam ends; in UTC.");
        Field(s => s.Place).Description("Where: a room or a hall.");
        Field(s => s.SignUpOpens).Description("The first day students may sign up (anmälan öppnar).");
        Field(s => s.SignUpCloses).Description("The last day students may sign up or take back their sign-up (anmälan stänger); before the sitting's day.");
        Field(s => s.Capacity).Description("Seats.");
        Field<NonNullGraphType<IntGraphType>>("signedUpCount").Description("Seats taken.").Resolve(c => c.Source.SignUps.Count);
        Field<NonNullGraphType<IntGraphType>>("seatsLeft").Description("Seats not taken; never below 0.")
            .Resolve(c => Math.Max(0, c.Source.Capacity - c.Source.SignUps.Count));
        Field<NonNullGraphType<BooleanGraphType>>("isSignUpOpen")
            .Description("Whether a student may sign up today: the window is open, the sitting is not cancelled (seats aside).")
            .Resolve(c =>
            {
                var today = RecordsRules.Today(c.RequestServices!.GetRequiredService<TimeProvider>());
                return !c.Source.IsCancelled && today >= c.Source.SignUpOpens && today <= c.Source.SignUpCloses;
            });
        Field<NonNullGraphType<BooleanGraphType>>("cancelled").Description("Whether the sitting is cancelled (inställt).").Resolve(c => c.Source.IsCancelled);
        Field(s => s.CancelledAt, nullable: true).Description("When it was cancelled; null while it stands.");
        Field("createdByUser", Links.Of("User")).Description("The study administrator who planned it.").Resolve(c => Loaders.User(c, c.Source.CreatedBy));
        Field<ExamSittingSignUpType>("mySignUp")
            .Description("Your own sign-up with your anonymous code, when you are signed in as a student and signed up; otherwise null.")
            .Resolve(c => CallerIdentity.StudentIdOf(c.User) is { } student ? c.Source.SignUps.FirstOrDefault(s => s.StudentId == student) : null);
        Field<ListGraphType<NonNullGraphType<ExamSittingParticipantType>>>("participants")
            .Description("The sign-ups, by anonymous code unless `orderBy` says otherwise. The examiner (an attesting right on the course) and the "
                + "study administrators of its department see who each code stands for; a teacher with the reporting right, or a reader of records at "
                + "the department, sees the codes only (`student` null), so the exams are graded blind. Anyone else gets null and FORBIDDEN here.")
            .Argument<ListGraphType<NonNullGraphType<OrderingInputType<ExamSittingParticipantOrderFieldType, ExamSittingParticipantOrderField>>>>(
                "orderBy", "How to sort, the first entry deciding first; the code breaks ties. By name only for those who see names.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var sitting = c.Source;
                var view = await services.GetRequiredService<ExamSittingAccess>().ViewAsync(sitting, c.User, c.CancellationToken);
                var order = c.OrderingOf<ExamSittingParticipantOrderField>();
                if (view == SignUpView.None) throw new LadokException(KernelReasons.Forbidden);
                if (view == SignUpView.Codes
                    && order.Any(o => o.Field is ExamSittingParticipantOrderField.LastName or ExamSittingParticipantOrderField.FirstName))
                {
                    throw new LadokException(KernelReasons.Forbidden);
                }

                var reader = services.GetRequiredService<ExamSittingReader>();
                var students = view == SignUpView.Students
                    ? await reader.StudentsAsync(sitting.SignUps.Select(s => s.StudentId).ToList(), c.CancellationToken)
                    : new Dictionary<Guid, Student>();
                return ExamSittingParticipants.Sort(sitting.SignUps.Select(s => new ExamSittingParticipant(s, students.GetValueOrDefault(s.StudentId))), order);
            });
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: changes when the sitting itself changes (not with sign-ups).")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class ExamSittingSignUpType : ObjectGraphType<ExamSittingSignUp>
{
    public ExamSittingSignUpType()
    {
        Name = "ExamSittingSignUp";
        Description = "Anmälan: your seat at an exam sitting, with the anonymous code (anonymiseringskod) to write on your exam instead of your name.";
        Field(s => s.AnonymousCode).Description("Four capital letters and a digit, such as KXRT7; unique within the sitting, drawn at random.");
        Field(s => s.SignedUpAt).Description("When you signed up.");
        Field<ExamSittingType>("examSitting").Description("The sitting.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ExamSittingReader>().SittingAsync(c.Source.SittingId, c.CancellationToken));
    }
}

public sealed class ExamSittingParticipantType : ObjectGraphType<ExamSittingParticipant>
{
    public ExamSittingParticipantType()
    {
        Name = "ExamSittingParticipant";
        Description = "A sign-up at an exam sitting as you may see it: always the code and when, the student only if you may resolve the code.";
        Field<NonNullGraphType<StringGraphType>>("anonymousCode").Description("The sign-up's anonymous code, such as KXRT7.")
            .Resolve(c => c.Source.SignUp.AnonymousCode);
        Field<NonNullGraphType<DateTimeType>>("signedUpAt").Description("When the student signed up.").Resolve(c => c.Source.SignUp.SignedUpAt);
        Field<StudentType>("student").Description("Who the code stands for; null unless you are the examiner or a study administrator of the course.")
            .Resolve(c => c.Source.Student);
        Field<RegistrationType>("registration").Description("The registration the student signed up on; null when `student` is.")
            .Resolve(c => c.Source.Student is null ? null : Loaders.Registration(c, c.Source.SignUp.RegistrationId));
    }
}

public sealed class ExamSittingParticipantOrderFieldType : EnumerationGraphType<ExamSittingParticipantOrderField>
{
    public ExamSittingParticipantOrderFieldType()
    {
        Name = "ExamSittingParticipantOrderField";
        Description = "What an exam sitting's `participants` can be sorted on; the anonymous code breaks ties.";
        this.DescribeValues(new Dictionary<ExamSittingParticipantOrderField, string>
        {
            [ExamSittingParticipantOrderField.AnonymousCode] = "The anonymous code (the order without `orderBy`).",
            [ExamSittingParticipantOrderField.SignedUpAt] = "When the student signed up.",
            [ExamSittingParticipantOrderField.LastName] = "The student's last name, in Swedish alphabetical order; only for those who see names.",
            [ExamSittingParticipantOrderField.FirstName] = "The student's first name, in Swedish alphabetical order; only for those who see names.",
        });
    }
}
