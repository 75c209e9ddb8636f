using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>
/// "Om du ansöker om behörighet som studieadministratör är en introducerande träff obligatorisk":
/// at Umeå the introductory meeting is mandatory before the study administrator permission.
/// </summary>
public sealed class UmuPrerequisites : IPermissionPrerequisites
{
    public const string IntroductoryMeeting = "INTRO-STADM";

    public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) =>
        profileCode == "STUDY_ADMINISTRATOR" ? [IntroductoryMeeting] : [];
}
