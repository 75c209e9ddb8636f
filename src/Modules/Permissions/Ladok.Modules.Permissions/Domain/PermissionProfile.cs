using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Training.Contracts;

namespace Ladok.Modules.Permissions.Domain;

/// <summary>Behörighetsprofil: a role and the functions (policy names) it allows.</summary>
public sealed class PermissionProfile
{
    private PermissionProfile()
    {
    }

    public PermissionProfile(string code, string nameSv, string nameEn, IEnumerable<string> functions)
    {
        Code = code;
        NameSv = nameSv;
        NameEn = nameEn;
        Functions = functions.ToList();
    }

    public string Code { get; private set; } = "";

    public string NameSv { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public List<string> Functions { get; private set; } = [];

    // Records and Reporting depend on this module's Contracts (to ask for rights), so their policy names are
    // written out here rather than referenced; a host test checks every declared policy is here.
    private const string RecordsRead = "records.read";
    private const string RecordsRegister = "records.register";
    private const string RecordsReport = "records.report";
    private const string RecordsAttest = "records.attest";
    private const string ReportingRead = "reporting.read";
    private const string ReportingExport = "reporting.export";

    /// <summary>The profiles every university has, brought up to date whenever the migrations run (Data/StandardProfiles.cs).</summary>
    public static IReadOnlyList<PermissionProfile> Standard { get; } =
    [
        new(ProfileCodes.Administrator, "Administratör (Ladokgruppen)", "System administrator",
            [CataloguePolicies.Read, CataloguePolicies.Manage, TrainingPolicies.Manage, PermissionPolicies.Decide, PermissionPolicies.GrantCourseRights,
             PermissionPolicies.ManageUsers, RecordsRead, RecordsRegister, ReportingRead, ReportingExport]),
        new(ProfileCodes.HeadOfDepartment, "Prefekt", "Head of department", [CataloguePolicies.Read, PermissionPolicies.Decide, RecordsRead, ReportingRead]),
        new(ProfileCodes.StudyAdministrator, "Studieadministratör", "Study administrator",
            [CataloguePolicies.Read, PermissionPolicies.GrantCourseRights, RecordsRead, RecordsRegister, ReportingRead]),
        new(ProfileCodes.ResultReporter, "Resultatrapportör", "Result reporter", [CataloguePolicies.Read, RecordsRead, RecordsReport, ReportingRead]),
        new(ProfileCodes.Examiner, "Attestant/examinator", "Examiner", [CataloguePolicies.Read, RecordsRead, RecordsAttest, ReportingRead]),
        new(ProfileCodes.Reader, "Läsbehörighet", "Read-only", [CataloguePolicies.Read, RecordsRead, ReportingRead]),
    ];
}
