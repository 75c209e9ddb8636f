using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Admissions.Application;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Admissions.GraphQL;

/// <summary>Lokal antagning by a study administrator.</summary>
public sealed class AdmissionsMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<AdmitStudentInput, AdmitStudentCommand, Admission>
        {
            Name = "admitStudent",
            Description = "Admits a student to a course offering (lokal antagning), or records the decision that replaces their admission: "
                + "a reserve given a place, a condition confirmed. Needs records.register at the offering's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(AdmitStudentInputType),
            Command = (input, call) => new AdmitStudentCommand(
                call.Id(input.StudentId, "Student", Field.Of(nameof(AdmitStudentCommand.StudentId))),
                call.Id(input.OfferingId, "CourseOffering", Field.Of(nameof(AdmitStudentCommand.OfferingId))),
                input.Status, input.ReservePlace, call.UserId),
            Payload = [new("admission", typeof(AdmissionType), "The admission as it now stands; null when refused.")],
        });
    }
}

public sealed class AdmitStudentInput
{
    public string StudentId { get; init; } = "";
    public string OfferingId { get; init; } = "";
    public AdmissionStatus Status { get; init; }
    public int? ReservePlace { get; init; }
}

public sealed class AdmitStudentInputType : InputObjectGraphType<AdmitStudentInput>
{
    public AdmitStudentInputType()
    {
        Name = "AdmitStudentInput";
        Description = "What `admitStudent` needs: the student, the offering and the decision.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of the Student.");
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The `id` of the CourseOffering.");
        Field<NonNullGraphType<AdmissionStatusType>>("status").Description("Admitted, conditionally admitted or a reserve.");
        Field(i => i.ReservePlace, nullable: true).Description("The place on the reserve list, 1 first; only for a reserve.");
    }
}
