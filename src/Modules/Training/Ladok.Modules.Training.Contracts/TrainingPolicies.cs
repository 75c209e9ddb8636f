namespace Ladok.Modules.Training.Contracts;

/// <summary>The policies the Training module's fields declare; the Permissions module maps them to grants.</summary>
public static class TrainingPolicies
{
    /// <summary>Schedule sessions and record completions (administrators).</summary>
    public const string Manage = "training.manage";
}
