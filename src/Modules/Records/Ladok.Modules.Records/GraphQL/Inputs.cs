using Ladok.Kernel.GraphQL.Scalars;
using GraphQL.Types;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class CreateStudentInput
{
    public string IdentityNumber { get; init; } = "";
    public bool IsInterim { get; init; }
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string? Email { get; init; }
}

public sealed class CreateStudentInputType : InputObjectGraphType<CreateStudentInput>
{
    public CreateStudentInputType()
    {
        Name = "CreateStudentInput";
        Description = "What `createStudent` needs: the identity number and the student's names.";
        Field(i => i.IdentityNumber, typeof(NonNullGraphType<PersonalIdentityNumberType>))
            .Description(
                "Personnummer or samordningsnummer with 10 or 12 digits, with or without separator (- or, from the year the person turns 100, +); " +
                "or an interim number when `isInterim`.");
        Field<BooleanGraphType>("isInterim").DefaultValue(false)
            .Description("The university made the number up (YYYYMMDD, then a letter or digit and three digits, such as 19900101-T123): no check digit.");
        Field(i => i.FirstName).Description("The first name.");
        Field(i => i.LastName).Description("The last name.");
        Field(i => i.Email, nullable: true).Description("The e-mail address; none when left out.");
    }
}

public sealed class ChangeIdentityNumberInput
{
    public string StudentId { get; init; } = "";
    public string Version { get; init; } = "";
    public string IdentityNumber { get; init; } = "";
    public bool IsInterim { get; init; }
}

public sealed class ChangeIdentityNumberInputType : InputObjectGraphType<ChangeIdentityNumberInput>
{
    public ChangeIdentityNumberInputType()
    {
        Name = "ChangeIdentityNumberInput";
        Description = "What `changeIdentityNumber` needs: the student, the version you read, and the new identity number.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of the Student.");
        Field(i => i.Version).Description("The student's `version` as you read it: a change made since then is a CONFLICT.");
        Field(i => i.IdentityNumber, typeof(NonNullGraphType<PersonalIdentityNumberType>))
            .Description("The new number, written as for `createStudent`: the personnummer that replaces a samordningsnummer or interim number, say.");
        Field<BooleanGraphType>("isInterim").DefaultValue(false)
            .Description("The new number is an interim number; it never replaces a personnummer or samordningsnummer.");
    }
}

public sealed class RegisterStudentInput
{
    public string StudentId { get; init; } = "";
    public string OfferingId { get; init; } = "";
    public RegistrationKind Kind { get; init; } = RegistrationKind.FirstTime;
}

public sealed class RegisterStudentInputType : InputObjectGraphType<RegisterStudentInput>
{
    public RegisterStudentInputType()
    {
        Name = "RegisterStudentInput";
        Description = "What `registerStudent` needs: the student and the offering.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of a Student.");
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The `id` of a CourseOffering.");
        Field<RegistrationKindType>("kind").DefaultValue(RegistrationKind.FirstTime).Description("FIRST_TIME (FFG) unless given.");
    }
}
