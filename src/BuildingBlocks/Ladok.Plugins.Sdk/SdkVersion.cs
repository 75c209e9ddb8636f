namespace Ladok.Plugins.Sdk;

/// <summary>
/// The version of this SDK. It follows semantic versioning: a minor version adds extension
/// points, a major version may change or remove them. A plugin declares the range it supports
/// in its manifest, and the host refuses to load it outside that range.
/// </summary>
public static class SdkVersion
{
    /// <summary>The version the host was built with.</summary>
    public static Version Current { get; } = typeof(SdkVersion).Assembly.GetName().Version is { } v ? new Version(v.Major, v.Minor, v.Build)
        : new Version(1, 0, 0);
}
