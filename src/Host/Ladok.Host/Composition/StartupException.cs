namespace Ladok.Host.Composition;

/// <summary>A configuration problem found at start-up; the host prints the message (no stack trace) and exits with 1.</summary>
public sealed class StartupException(string message) : Exception(message);
