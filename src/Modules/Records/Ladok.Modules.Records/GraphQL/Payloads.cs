using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed record CreateStudentPayload(Student? Student, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record ChangeIdentityNumberPayload(Student? Student, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record RegisterStudentPayload(Registration? Registration, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class CreateStudentPayloadType : PayloadType<CreateStudentPayload>
{
    public CreateStudentPayloadType()
    {
        Name = "CreateStudentPayload";
        Field<StudentType>("student").Description("The new student; null when refused.").Resolve(c => c.Source.Student);
    }
}

public sealed class ChangeIdentityNumberPayloadType : PayloadType<ChangeIdentityNumberPayload>
{
    public ChangeIdentityNumberPayloadType()
    {
        Name = "ChangeIdentityNumberPayload";
        Field<StudentType>("student").Description("The student with the new number and the earlier ones in `formerIdentityNumbers`; null when refused.")
            .Resolve(c => c.Source.Student);
    }
}

public sealed class RegisterStudentPayloadType : PayloadType<RegisterStudentPayload>
{
    public RegisterStudentPayloadType()
    {
        Name = "RegisterStudentPayload";
        Field<RegistrationType>("registration").Description("The new registration; null when refused.").Resolve(c => c.Source.Registration);
        Field<StudentType>("student").Description("The registered student; null when refused.")
            .Resolve(c => c.Source.Registration is { } registration ? Loaders.Student(c, registration.StudentId) : null);
    }
}
