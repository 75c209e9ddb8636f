using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>Umeå's demo with a plugin that lets a department's attestants decide its credit transfers (SDK 1.5, SetCreditTransferAttesters).</summary>
public sealed class DepartmentCreditTransfersHost()
    : UniversityHost("UMU", RepositoryPaths.Plugin("Umu"), Path.Combine(RepositoryPaths.TestPlugins, "DepartmentCreditTransfers"));

public sealed class CreditTransferAttestationTests(DepartmentCreditTransfersHost host) : IClassFixture<DepartmentCreditTransfersHost>
{
    [Fact]
    public async Task Where_a_plugin_chose_department_attestants_one_decides_a_credit_transfer_without_a_right_on_the_course()
    {
        // Without the plugin the attesting right on 5DV001 would be needed (ResultWorkflowTests); examdv keeps records.attest at DV.
        await host.ExecuteAsync("UPDATE permissions.course_rights SET revoked_at = now() WHERE user_id = 'examdv' AND revoked_at IS NULL");
        var student = (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal("880808123"), firstName = "Tina", lastName = "Transfer" }, "stadmdv"))["student"]!;
        var course = await host.PostAsync("{ course(code: \"5DV001\") { versions { id modules { code } } } }", user: "stadmdv");
        var version = course.Data["course"]!["versions"]![0]!;

        var transfer = (await host.MutateAsync("recordCreditTransfer", "result { id version status }", new
        {
            studentId = student["id"]!.GetValue<string>(), courseVersionId = version["id"]!.GetValue<string>(),
            moduleCode = version["modules"]![0]!["code"]!.GetValue<string>(), grade = "G", examinationDate = "2025-05-30",
            transferredFrom = "Luleå tekniska universitet, D0009E, VT2025",
        }, "stadmdv"))["result"]!;
        Assert.Equal("READY", transfer["status"]!.GetValue<string>());

        var attested = await host.MutateAsync("attestResults", "results { status decidedBy }",
            new { results = new[] { new { id = transfer["id"]!.GetValue<string>(), version = transfer["version"]!.GetValue<string>() } } }, "examdv");

        Assert.Empty(attested["errors"]!.AsArray());
        var decided = attested["results"]![0]!;
        Assert.Equal(("ATTESTED", "examdv"), (decided["status"]!.GetValue<string>(), decided["decidedBy"]!.GetValue<string>()));
    }
}
