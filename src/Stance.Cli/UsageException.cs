namespace Stance.Cli;

/// <summary>Raised by argument parsing; reported as a usage error with exit code 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
