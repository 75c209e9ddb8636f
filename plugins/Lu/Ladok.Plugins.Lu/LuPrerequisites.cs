using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>Lund's study administrators take the Ladok course for study administration before they are granted the permission.</summary>
public sealed class LuPrerequisites : IPermissionPrerequisites
{
    public const string StudyAdministrationTraining = "LU-LADOK-STUDIEADM";

    public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) =>
        profileCode == "STUDY_ADMINISTRATOR" ? [StudyAdministrationTraining] : [];
}
