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
            PayloadType = typeof(CreateStudentPayloadType),
            Command = (input, call) =>
                new CreateStudentCommand(input.IdentityNumber, input.IsInterim, input.FirstName, input.LastName, input.Email, call.UserId),
            Payload = (student, errors) => new CreateStudentPayload(student, errors),
        });

        schema.AddMutation(new MutationDeclaration<RegisterStudentInput, RegisterStudentCommand, Registration>
        {
            Name = "registerStudent",
            Description = "Registers a student on a course offering. Needs records.register at the offering's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RegisterStudentInputType),
            PayloadType = typeof(RegisterStudentPayloadType),
            Command = (input, call) =>
            {
                var (studentId, offeringId) = GlobalIds.Both(call,
                    (input.StudentId, "Student", Field.Of(nameof(RegisterStudentCommand.StudentId))),
                    (input.OfferingId, "CourseOffering", Field.Of(nameof(RegisterStudentCommand.OfferingId))));
                return new RegisterStudentCommand(studentId, offeringId, input.Kind, call.UserId);
            },
            Payload = (registration, errors) => new RegisterStudentPayload(registration, errors),
        });
    }
}
