using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// Adds <c>student</c> to the Permissions module's <c>Viewer</c> (<c>me</c>): the signed-in student's own studies ("Mina studier"),
/// null for staff. It answers from the student the host found at sign-in, never from an argument, so it is the caller's only.
/// </summary>
public sealed class MeStudentExtension : INodeTypeExtension
{
    public string TypeName => "Viewer";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<MyStudiesType>("student")
            .Description("Mina studier: your own studies when you signed in as a student; null for staff.")
            .Resolve(c => CallerIdentity.StudentIdOf(c.User) is { } studentId ? (object?)Loaders.Student(c, studentId) : null);
}

/// <summary>Mina studier: what a signed-in student sees of their own record.</summary>
public sealed class MyStudiesType : ObjectGraphType<Student>
{
    public MyStudiesType()
    {
        Name = "MyStudies";
        Description = "Mina studier: the signed-in student's own record, as the student sees it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The `id` of the Student.").Resolve(c => GlobalId.Encode("Student", c.Source.Id));
        Field(s => s.IdentityNumber).Description("Your personnummer, samordningsnummer or interim number: twelve characters, YYYYMMDDNNNC.");
        Field(s => s.FirstName).Description("Your first name, as registered.");
        Field(s => s.LastName).Description("Your last name, as registered.");
        Field(s => s.Email, nullable: true).Description("Your e-mail address; null when none is registered.");
    }
}
