namespace Ladok.Kernel.Modules;

/// <summary>
/// Reference data a module must hold cannot be stored as configured, for example a plugin's
/// grading scale that takes a standard scale's code. Thrown while the module migrates; the host
/// stops start-up and prints the message as one line, as for a plugin that cannot be loaded.
/// </summary>
public sealed class ReferenceDataException(string message) : Exception(message);
