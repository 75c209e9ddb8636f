namespace Ladok.Kernel.Errors;

/// <summary>A university plugin's rule that said no, as the caller sees it: VALIDATION, reason PLUGIN_RULE, the rule named.</summary>
public static class PluginRefusal
{
    /// <summary>
    /// The refusal of rule <paramref name="code"/> of <paramref name="pluginId"/> in the plugin's words: <paramref name="message"/> in
    /// Swedish and <paramref name="englishMessage"/> in English, or <paramref name="message"/> in both when the plugin gave one text.
    /// </summary>
    public static DomainError Of(string pluginId, string code, string message, string? englishMessage, Field? field) =>
        DomainError.Of(KernelReasons.PluginRule, field, new Wording(message, englishMessage ?? message), code, pluginId) with
        {
            Rule = new RefusingRule(pluginId, code),
        };
}
