using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
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

    /// <summary>The profiles every university has, brought up to date whenever the migrations run (Data/StandardProfiles.cs).</summary>
    public static IReadOnlyList<PermissionProfile> Standard { get; } =
    [
        new(ProfileCodes.Administrator, "Administratör (Ladokgruppen)", "System administrator",
            [CataloguePolicies.Read, CataloguePolicies.Manage, TrainingPolicies.Manage, PermissionPolicies.Decide, PermissionPolicies.GrantCourseRights,
             RecordsPolicies.Read, RecordsPolicies.Register]),
        new(ProfileCodes.HeadOfDepartment, "Prefekt", "Head of department", [CataloguePolicies.Read, PermissionPolicies.Decide, RecordsPolicies.Read]),
        new(ProfileCodes.StudyAdministrator, "Studieadministratör", "Study administrator",
            [CataloguePolicies.Read, PermissionPolicies.GrantCourseRights, RecordsPolicies.Read, RecordsPolicies.Register]),
        new(ProfileCodes.ResultReporter, "Resultatrapportör", "Result reporter", [CataloguePolicies.Read, RecordsPolicies.Read]),
        new(ProfileCodes.Examiner, "Attestant/examinator", "Examiner", [CataloguePolicies.Read, RecordsPolicies.Read]),
        new(ProfileCodes.Reader, "Läsbehörighet", "Read-only", [CataloguePolicies.Read, RecordsPolicies.Read]),
    ];
}
