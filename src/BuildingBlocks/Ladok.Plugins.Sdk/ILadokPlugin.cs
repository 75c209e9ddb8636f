namespace Ladok.Plugins.Sdk;

/// <summary>
/// The entry point of a university plugin. The host creates one instance of each public,
/// non-abstract implementation in the plugin's assembly (it needs a parameterless constructor)
/// and calls <see cref="Configure"/> once at start-up.
/// </summary>
/// <example>
/// <code>
/// public sealed class UmuPlugin : ILadokPlugin
/// {
///     public void Configure(IPluginBuilder builder) =&gt; builder.AddUniversityProfile(new UmuProfile());
/// }
/// </code>
/// </example>
public interface ILadokPlugin
{
    /// <summary>Registers the plugin's extension points. Throwing here stops the host's start-up, naming the plugin.</summary>
    void Configure(IPluginBuilder builder);
}

/// <summary>What a plugin can extend. Each method adds one extension point.</summary>
public interface IPluginBuilder
{
    /// <summary>The manifest the host read from the plugin's <c>plugin.json</c>.</summary>
    PluginManifest Manifest { get; }

    /// <summary>Provides a university: its names, sign-in claim, support, guides, data coverage and demo data.</summary>
    void AddUniversityProfile(IUniversityProfile profile);

    /// <summary>Says which trainings each permission profile requires before it is granted (since SDK 1.1).</summary>
    void AddPermissionPrerequisites(IPermissionPrerequisites prerequisites);

    /// <summary>Adds a permission profile of the university's own beside the standard ones (since SDK 1.1).</summary>
    void AddPermissionProfile(PermissionProfileDefinition profile);

    /// <summary>
    /// Adds a grading scale of the university's own beside the standard ones (since SDK 1.2). The
    /// Catalogue stores it as reference data when its migrations run, so courses, versions and
    /// modules can be graded on it and <c>gradingScales</c> lists it. A code that is a standard
    /// scale's (<c>U_G</c>, <c>U_G_VG</c>, <c>U_3_4_5</c>, <c>A_F</c>) stops start-up.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddGradingScale(new GradingScaleDefinition("P_F", "Godkänd/Underkänd (P/F)", "Pass/Fail (P/F)",
    ///     [new GradeDefinition("F", "Underkänd", IsPassing: false), new GradeDefinition("P", "Godkänd", IsPassing: true)]));
    /// </code>
    /// </example>
    void AddGradingScale(GradingScaleDefinition scale);

    /// <summary>Adds a report of the university's own (since SDK 1.3); see <see cref="IUniversityReport"/>.</summary>
    void AddReport(IUniversityReport report);

    /// <summary>
    /// Gives the university's inactivity rule (since SDK 1.4); see <see cref="IInactivityRule"/>. The
    /// built-in report <c>inactive-students</c> applies it. One rule per university: two plugins
    /// serving it that both give one stop start-up.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddInactivityRule(new UmuInactivityRule());
    /// </code>
    /// </example>
    void AddInactivityRule(IInactivityRule rule);

    /// <summary>
    /// Adds a rule checked before a result is marked ready or attested (since SDK 1.4); see
    /// <see cref="IResultRule"/>. A plugin may add several; each is called for every result.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddResultRule(new DegreeProjectTitleRule());
    /// </code>
    /// </example>
    void AddResultRule(IResultRule rule);

    /// <summary>
    /// Subscribes to integration events (since SDK 1.4); see <see cref="IEventSubscriber"/>. Each
    /// subscriber has its own delivery state, retries and parking. A name used twice in one plugin
    /// stops start-up.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddEventSubscriber(new AttestedResultsToLocalSystem());
    /// </code>
    /// </example>
    void AddEventSubscriber(IEventSubscriber subscriber);

    /// <summary>
    /// Says who may attest or reject a credit transfer (since SDK 1.5); see <see cref="CreditTransferAttesters"/>. Without it
    /// the attesting right on the course decides, as for results. One choice per university: two plugins serving it that
    /// both make one stop start-up.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.SetCreditTransferAttesters(CreditTransferAttesters.DepartmentAttestants);
    /// </code>
    /// </example>
    void SetCreditTransferAttesters(CreditTransferAttesters attesters);

    /// <summary>
    /// Adds the university's rule on re-registration (OM), asked before a student is re-registered
    /// on a course (since SDK 1.5); see <see cref="IReRegistrationRule"/>. A plugin may add several;
    /// each is asked.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddReRegistrationRule(new NoRepeatWhileOpen());
    /// </code>
    /// </example>
    void AddReRegistrationRule(IReRegistrationRule rule);

    /// <summary>
    /// Adds the university's own obstacle to a student registering themself (since SDK 1.7); see
    /// <see cref="IRegistrationObstacleRule"/>. A plugin may add several; each is asked.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.AddRegistrationObstacleRule(new NoDistanceCoursesForNewcomers());
    /// </code>
    /// </example>
    void AddRegistrationObstacleRule(IRegistrationObstacleRule rule);

    /// <summary>
    /// How long after an offering starts a student may still withdraw themself (återbud, <c>withdrawMyself</c>), since SDK 1.7.
    /// Without it: three weeks, the time within which leaving counts as never having started (tidigt avbrott).
    /// </summary>
    /// <example>
    /// <code>
    /// builder.SetSelfWithdrawalPeriod(TimeSpan.FromDays(14));
    /// </code>
    /// </example>
    void SetSelfWithdrawalPeriod(TimeSpan afterStart);

    /// <summary>
    /// The plugin's settings (since SDK 1.8): the host's configuration section <c>Plugins:&lt;plugin id&gt;</c> bound to
    /// <typeparamref name="TSettings"/>, a class the plugin declares with defaults in its property initialisers, and validated
    /// with its data annotations (<c>[Required]</c>, <c>[Range]</c>, …) and <c>IValidatableObject</c>. Settings that do not bind
    /// or do not validate stop start-up with one line naming the plugin and what is wrong. Read them in
    /// <see cref="ILadokPlugin.Configure"/> and hand them to the extensions that need them.
    /// </summary>
    /// <example>
    /// <code>
    /// var settings = builder.Settings&lt;LuSettings&gt;();   // Plugins:se.lu.ladok:MarkReadyDaysAfterEnd = 30
    /// builder.AddResultRule(new LuMarkReadySoonAfterTheEnd(settings.MarkReadyDaysAfterEnd));
    /// </code>
    /// </example>
    TSettings Settings<TSettings>()
        where TSettings : class, new();

    /// <summary>
    /// A folder of the plugin's own that survives restarts and updates of the plugin (since SDK 1.8):
    /// <c>&lt;Plugins:DataDirectory&gt;/&lt;plugin id&gt;</c>, created when first asked for. Other plugins have folders of their
    /// own; the plugin's installed folder may be replaced on every update, so keep nothing there.
    /// </summary>
    string DataDirectory { get; }
}

/// <summary>
/// A university's own permission profile. Its functions are policy names the modules declare,
/// such as <c>catalogue.read</c> or <c>records.register</c>; its code must not be a standard profile's.
/// </summary>
/// <param name="Code">For example <c>STUDY_COUNSELLOR</c>.</param>
/// <param name="NameSv">Swedish name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Functions">The policies it allows.</param>
public sealed record PermissionProfileDefinition(string Code, string NameSv, string NameEn, IReadOnlyList<string> Functions);
