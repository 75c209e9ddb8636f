namespace Ladok.Plugins.Sdk;

/// <summary>
/// Extension point (since SDK 1.1): what a permission profile requires before a prefekt's
/// approval can grant it. The host asks when an application is decided; a missing training
/// refuses the approval and names the training.
/// </summary>
/// <example>
/// <code>
/// public sealed class UmuPrerequisites : IPermissionPrerequisites
/// {
///     public IReadOnlyList&lt;string&gt; RequiredTrainingCodes(string profileCode) =&gt;
///         profileCode == "STUDY_ADMINISTRATOR" ? ["INTRO-STADM"] : [];
/// }
/// </code>
/// </example>
public interface IPermissionPrerequisites
{
    /// <summary>Codes of the trainings a holder of <paramref name="profileCode"/> must have completed; empty for none.</summary>
    IReadOnlyList<string> RequiredTrainingCodes(string profileCode);
}
