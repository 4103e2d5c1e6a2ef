namespace Stance.Cli.Tests.Cluster;

/// <summary>A 'stance' command in a folder of its own, running the CLI these tests built, for scripts that call 'stance'.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class CliWrapper
{
    /// <summary>Writes <c>FOLDER/bin/stance</c>; returns the bin folder, to put first on PATH.</summary>
    public static string Create(string folder)
    {
        var bin = Path.Combine(folder, "bin");
        Directory.CreateDirectory(bin);
        var stance = Path.Combine(bin, "stance");
        File.WriteAllText(stance, $"#!/bin/sh\nexec dotnet '{typeof(CommandLine).Assembly.Location}' \"$@\"\n");
        File.SetUnixFileMode(stance, (UnixFileMode)0b111_101_101);
        return bin;
    }
}
