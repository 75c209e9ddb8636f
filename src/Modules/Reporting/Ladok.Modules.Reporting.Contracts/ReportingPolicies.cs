namespace Ladok.Modules.Reporting.Contracts;

/// <summary>The policies the Reporting module's fields declare; the Permissions module maps them to grants.</summary>
public static class ReportingPolicies
{
    /// <summary>Uppföljning: read HST, HPR and reports for the units one may read (läsbehörighet or more), checked again per unit.</summary>
    public const string Read = "reporting.read";

    /// <summary>Reports to other authorities (SCB, CSN): university-wide lists of personal data, for administrators; every export is logged.</summary>
    public const string Export = "reporting.export";
}
