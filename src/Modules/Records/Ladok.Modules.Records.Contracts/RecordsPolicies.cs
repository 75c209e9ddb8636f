namespace Ladok.Modules.Records.Contracts;

/// <summary>The policies the Records module's fields declare; the Permissions module maps them to grants.</summary>
public static class RecordsPolicies
{
    /// <summary>Read students and their registrations.</summary>
    public const string Read = "records.read";

    /// <summary>
    /// Create students, register them on offerings and programmes, and record study breaks,
    /// withdrawals and dropouts (study administrators, scoped to the offering's or programme's department).
    /// </summary>
    public const string Register = "records.register";

    /// <summary>
    /// Report results and ask for an attested result's removal (result reporters); each use also
    /// needs a reporting right (rapporteringsrätt) on the course.
    /// </summary>
    public const string Report = "records.report";

    /// <summary>Attest or reject results and attest removals (examiners); each use also needs an attesting right (attesteringsrätt) on the course.</summary>
    public const string Attest = "records.attest";
}
