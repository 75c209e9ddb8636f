using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.DepartmentCreditTransfers;

/// <summary>Says, for UMU, that holders of records.attest at a course's department decide its credit transfers, course right or not.</summary>
public sealed class DepartmentCreditTransfersPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) => builder.SetCreditTransferAttesters(CreditTransferAttesters.DepartmentAttestants);
}
