namespace Ladok.Plugins.Sdk;

/// <summary>
/// Betygsskala: a university's own grading scale (since SDK 1.2), added with
/// <see cref="IPluginBuilder.AddGradingScale"/>. Its grades are listed lowest first; failing
/// grades give no credits.
/// </summary>
/// <param name="Code">
/// Stable code, at most 20 characters, for example <c>P_F</c>; courses name the scale by it. It must
/// not be a standard scale's code, and once results are graded on it, it must not change.
/// </param>
/// <param name="NameSv">Swedish name, shown as the scale's name: <c>Godkänd/Underkänd (P/F)</c>.</param>
/// <param name="NameEn">English name: <c>Pass/Fail (P/F)</c>.</param>
/// <param name="Grades">The grades, lowest first; at least one passing grade, codes unique within the scale.</param>
/// <example>
/// <code>
/// new GradingScaleDefinition("P_F", "Godkänd/Underkänd (P/F)", "Pass/Fail (P/F)",
/// [
///     new GradeDefinition("F", "Underkänd", IsPassing: false),
///     new GradeDefinition("P", "Godkänd", IsPassing: true),
/// ]);
/// </code>
/// </example>
public sealed record GradingScaleDefinition(string Code, string NameSv, string NameEn, IReadOnlyList<GradeDefinition> Grades);

/// <summary>Betyg: one grade of a <see cref="GradingScaleDefinition"/>.</summary>
/// <param name="Code">The grade as written on a transcript, at most 10 characters: <c>P</c>, <c>Fx</c>.</param>
/// <param name="NameSv">What it stands for in Swedish, for example <c>Godkänd</c>; null when the code says it.</param>
/// <param name="IsPassing">Whether the grade passes (and so gives credits).</param>
public sealed record GradeDefinition(string Code, string? NameSv, bool IsPassing);
