using System.Globalization;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class RecordsMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<CreateStudentInput, CreateStudentCommand, Student>
        {
            Name = "createStudent",
            Description = "Creates a student. The identity number must be new; a refused number says which rule it breaks.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(CreateStudentInputType),
            Command = (input, call) =>
                new CreateStudentCommand(input.IdentityNumber, input.IsInterim, input.FirstName, input.LastName, input.Email, call.UserId),
            Payload = [new("student", typeof(StudentType), "The new student; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<ChangeIdentityNumberInput, ChangeIdentityNumberCommand, Student>
        {
            Name = "changeIdentityNumber",
            Description = "Byte av identitet: gives a student a new identity number (the personnummer replacing a samordningsnummer or interim number, say), "
                + "checked as in createStudent and refused when another student has or had it. The records stay with the student, who is still found by "
                + "the earlier number (`formerIdentityNumbers`). Needs what createStudent needs.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(ChangeIdentityNumberInputType),
            Command = (input, call) =>
            {
                var studentId = call.Id(input.StudentId, "Student", Field.Of(nameof(ChangeIdentityNumberCommand.StudentId)));
                if (!uint.TryParse(input.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    call.Refuse(DomainError.Of(KernelReasons.NotAVersion, nameof(ChangeIdentityNumberCommand.Version), input.Version));
                }
                return new ChangeIdentityNumberCommand(studentId, version, input.IdentityNumber, input.IsInterim, call.UserId);
            },
            Payload =
            [
                new("student", typeof(StudentType), "The student with the new number and the earlier ones in `formerIdentityNumbers`; null when refused."),
            ],
        });

        schema.AddMutation(new MutationDeclaration<RegisterStudentInput, RegisterStudentCommand, Registration>
        {
            Name = "registerStudent",
            Description = "Registers a student on a course offering. Needs records.register at the offering's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RegisterStudentInputType),
            Command = (input, call) =>
            {
                var (studentId, offeringId) = GlobalIds.Both(call,
                    (input.StudentId, "Student", Field.Of(nameof(RegisterStudentCommand.StudentId))),
                    (input.OfferingId, "CourseOffering", Field.Of(nameof(RegisterStudentCommand.OfferingId))));
                return new RegisterStudentCommand(studentId, offeringId, input.Kind, call.UserId);
            },
            Payload =
            [
                new("registration", typeof(RegistrationType), "The new registration; null when refused."),
                new("student", typeof(StudentType), "The registered student; null when refused.",
                    (registration, c) => registration is null ? null : Loaders.Student(c, registration.StudentId)),
            ],
        });
    }
}
