namespace Ladok.Modules.Records.Contracts;

/// <summary>The policies the Records module's fields declare; the Permissions module maps them to grants.</summary>
public static class RecordsPolicies
{
    /// <summary>Read students and their registrations.</summary>
    public const string Read = "records.read";

    /// <summary>Create students and register them on offerings (study administrators, scoped to the offering's department).</summary>
    public const string Register = "records.register";
}
