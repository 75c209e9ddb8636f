namespace Ladok.Plugins.Sdk;

/// <summary>
/// Who may attest or reject a credit transfer (tillgodoräknande) once a study administrator has recorded it (since SDK
/// 1.5). The ordinance leaves it to the university whom it lets decide (HF 6 kap. 6–8 §§); whoever decides, the person who
/// recorded the transfer never decides it (separation of duties), and the decision needs <c>records.attest</c>.
/// </summary>
public enum CreditTransferAttesters
{
    /// <summary>Holders of the attesting right (attesteringsrätt) on the course, as for results. The default.</summary>
    CourseAttestingRight,

    /// <summary>
    /// Holders of <c>records.attest</c> at the course's department or a unit above it, with or without a right on the course:
    /// for a university where a department's credit-transfer officers decide every transfer on its courses.
    /// </summary>
    DepartmentAttestants,
}

/// <summary>The university's choice of <see cref="CreditTransferAttesters"/> (since SDK 1.5), as the host hands it to the modules.</summary>
/// <param name="Attesters">Who may decide a credit transfer.</param>
public sealed record CreditTransferAttestation(CreditTransferAttesters Attesters)
{
    /// <summary>What applies when no plugin serving the university says otherwise: the attesting right on the course.</summary>
    public static CreditTransferAttestation Default { get; } = new(CreditTransferAttesters.CourseAttestingRight);
}
