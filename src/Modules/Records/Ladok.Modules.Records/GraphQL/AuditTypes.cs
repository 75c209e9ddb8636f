using Ladok.Kernel.GraphQL.Relay;
using GraphQL.Types;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.GraphQL;

namespace Ladok.Modules.Records.GraphQL;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One write to an object: who, when, and each field's old and new value. Nothing can change or remove an entry.";
        Field(e => e.SubjectType).Description("Student, Registration, Result, Grant, PermissionApplication or CourseRight.");
        Field<NonNullGraphType<AuditActionType>>("action").Description("Whether the object was created, updated or deleted.").Resolve(c => c.Source.Action);
        Field(e => e.ChangedBy).Description("The user id of who made the change.").DeprecationReason("Use changedByUser.");
        Field("changedByUser", Links.Of("User")).Description("Who made the change.").Resolve(c => Loaders.User(c, c.Source.ChangedBy));
        Field(e => e.ChangedAt).Description("When the write was made (ISO 8601).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChangeType>>>>("changes")
            .Description("Each field the write changed, with its old and new value.").Resolve(c => c.Source.Changes);
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
        Field(c => c.Old, nullable: true).Description("The value before; null where there was none.");
        Field(c => c.New, nullable: true).Description("The value after; null where there is none.");
    }
}

public sealed class AuditActionType : EnumerationGraphType<AuditAction>
{
    public AuditActionType()
    {
        Name = "AuditAction";
        Description = "What the write did: CREATED, UPDATED or DELETED the object.";
        this.DescribeValues(new Dictionary<AuditAction, string>
        {
            [AuditAction.Created] = "The object was created.",
            [AuditAction.Updated] = "The object was changed.",
            [AuditAction.Deleted] = "The object was deleted; its entries are kept.",
        });
    }
}
