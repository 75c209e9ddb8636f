using GraphQL.Types;
using Ladok.Kernel.Auditing;

namespace Ladok.Modules.Records.GraphQL;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One write to an object: who, when, and each field's old and new value. Nothing can change or remove an entry.";
        Field(e => e.SubjectType).Description("Student, Registration, Result, Grant, PermissionApplication or CourseRight.");
        Field<NonNullGraphType<AuditActionType>>("action").Resolve(c => c.Source.Action);
        Field(e => e.ChangedBy).Description("The user id of who made the change.");
        Field(e => e.ChangedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChangeType>>>>("changes").Resolve(c => c.Source.Changes);
    }
}

public sealed class AuditChangeType : ObjectGraphType<AuditChange>
{
    public AuditChangeType()
    {
        Name = "AuditChange";
        Description = "A field's value before and after, as text (dates ISO 8601, states by name); null where there was none.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field's name, as in the GraphQL type (camelCase).")
            .Resolve(c => char.ToLowerInvariant(c.Source.Field[0]) + c.Source.Field[1..]);
        Field(c => c.Old, nullable: true);
        Field(c => c.New, nullable: true);
    }
}

public sealed class AuditActionType : EnumerationGraphType<AuditAction>
{
    public AuditActionType()
    {
        Name = "AuditAction";
        Description = "What the write did: CREATED, UPDATED or DELETED the object.";
    }
}
