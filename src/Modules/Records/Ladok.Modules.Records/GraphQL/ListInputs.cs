using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class ParticipantOrderFieldType : EnumerationGraphType<ParticipantOrderField>
{
    public ParticipantOrderFieldType()
    {
        Name = "ParticipantOrderField";
        Description = "What `participants` can be sorted on; the registration breaks ties, so pages neither skip nor repeat anyone.";
        this.DescribeValues(new Dictionary<ParticipantOrderField, string>
        {
            [ParticipantOrderField.LastName] = "The student's last name, in Swedish alphabetical order (Å, Ä, Ö after Z).",
            [ParticipantOrderField.FirstName] = "The student's first name, in Swedish alphabetical order.",
            [ParticipantOrderField.IdentityNumber] = "The student's identity number (personnummer, by birth date).",
            [ParticipantOrderField.State] = "The participation state today, in the order ParticipationState lists its values.",
        });
    }
}

public sealed class StudentOrderFieldType : EnumerationGraphType<StudentOrderField>
{
    public StudentOrderFieldType()
    {
        Name = "StudentOrderField";
        Description = "What `students` can be sorted on; the student breaks ties.";
        this.DescribeValues(new Dictionary<StudentOrderField, string>
        {
            [StudentOrderField.LastName] = "The last name, in Swedish alphabetical order (Å, Ä, Ö after Z).",
            [StudentOrderField.FirstName] = "The first name, in Swedish alphabetical order.",
            [StudentOrderField.IdentityNumber] = "The identity number (the order without `orderBy`).",
        });
    }
}

public sealed class ResultOrderFieldType : EnumerationGraphType<ResultOrderField>
{
    public ResultOrderFieldType()
    {
        Name = "ResultOrderField";
        Description = "What `results` can be sorted on; the result breaks ties.";
        this.DescribeValues(new Dictionary<ResultOrderField, string>
        {
            [ResultOrderField.ExaminationDate] = "The examination date.",
            [ResultOrderField.ReportedAt] = "When it was reported (the order without `orderBy`).",
            [ResultOrderField.CourseCode] = "The course code.",
            [ResultOrderField.Status] = "The status, in the workflow's order: DRAFT, READY, REJECTED, ATTESTED, REMOVAL_REQUESTED, REMOVED.",
            [ResultOrderField.LastName] = "The student's last name, in Swedish alphabetical order (Å, Ä, Ö after Z).",
            [ResultOrderField.FirstName] = "The student's first name, in Swedish alphabetical order.",
        });
    }
}

public sealed class AttestationScopeType : EnumerationGraphType<AttestationScope>
{
    public AttestationScopeType()
    {
        Name = "AttestationScope";
        Description = "Whose results `resultsAwaitingAttestation` lists. Naming an examiner at mark-ready notifies them; it does not restrict who may attest.";
        this.DescribeValues(new Dictionary<AttestationScope, string>
        {
            [AttestationScope.NamedMe] = "Ready results that named you as examiner when they were marked ready. Removal requests name nobody.",
            [AttestationScope.AllIMayAttest] =
                "Everything you may decide: on the courses where you hold the attesting right, and credit transfers you may decide.",
        });
    }
}

public sealed class AttestationKindType : EnumerationGraphType<AttestationKind>
{
    public AttestationKindType()
    {
        Name = "AttestationKind";
        Description = "What waits for an attestant; a listed Result's `status` tells which it is (READY or REMOVAL_REQUESTED).";
        this.DescribeValues(new Dictionary<AttestationKind, string>
        {
            [AttestationKind.Result] = "A ready result or credit transfer (status READY), to attest with `attestResults` or reject with `rejectResults`.",
            [AttestationKind.RemovalRequest] =
                "An attested result whose removal was requested (status REMOVAL_REQUESTED), to attest with `attestResultRemoval`.",
        });
    }
}

public sealed class ModuleResultFilter
{
    public string ModuleCode { get; set; } = "";
    public List<ResultStatus> Status { get; set; } = [];
}

public sealed class ModuleResultFilterType : InputObjectGraphType<ModuleResultFilter>
{
    public ModuleResultFilterType()
    {
        Name = "ModuleResultFilter";
        Description = "Participants with a result in one of these statuses on a module of the offering, on any of their registrations on it.";
        Field(f => f.ModuleCode).Description("The module's code, such as 0002.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultStatusType>>>>("status").Description("The statuses the result may be in.");
    }
}

public sealed class ParticipantFilter
{
    public List<ParticipationState>? States { get; set; }
    public string? NoResultOnModule { get; set; }
    public ModuleResultFilter? ResultOnModule { get; set; }
}

public sealed class ParticipantFilterType : InputObjectGraphType<ParticipantFilter>
{
    public ParticipantFilterType()
    {
        Name = "ParticipantFilter";
        Description = "Which participants to list; every criterion given must hold. Applied in SQL before paging, so pages and totalCount count only them.";
        Field<ListGraphType<NonNullGraphType<ParticipationStateType>>>("states").Description("Only participants in one of these states today.");
        Field(f => f.NoResultOnModule, nullable: true)
            .Description("A module's code: only participants with no result on it (a removed one aside), such as those still to report for an exam sitting.");
        Field<ModuleResultFilterType>("resultOnModule").Description("Only participants with a result in one of some statuses on a module.");
    }
}

public sealed class ResultFilter
{
    public List<ResultStatus>? Status { get; set; }
    public string? ReportedBy { get; set; }
    public string? CourseCode { get; set; }
    public string? OfferingId { get; set; }
    public string? ModuleCode { get; set; }
}

public sealed class ResultFilterType : InputObjectGraphType<ResultFilter>
{
    public ResultFilterType()
    {
        Name = "ResultFilter";
        Description = "Which results to list; every criterion given must hold.";
        Field<ListGraphType<NonNullGraphType<ResultStatusType>>>("status").Description("Only results in one of these statuses.");
        Field(f => f.ReportedBy, nullable: true).Description("Only results reported by this user id (your own: `me { user { userId } }`).");
        Field(f => f.CourseCode, nullable: true).Description("Only results on this course (kurskod, such as 5DV001).");
        Field<IdGraphType>("offeringId").Description("Only results on this offering (the `id` of a CourseOffering).");
        Field(f => f.ModuleCode, nullable: true).Description("Only results on this module (such as 0002).");
    }
}
