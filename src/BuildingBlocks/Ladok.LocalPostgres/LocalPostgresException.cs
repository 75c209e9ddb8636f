namespace Ladok.LocalPostgres;

/// <summary>The local cluster could not be found, created or started; the message says what to do.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);
