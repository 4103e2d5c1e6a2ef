using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>A program from one of Debian's packages, installed with apt-get on first use when missing.</summary>
internal static class DebianPackage
{
    /// <summary>The path of <paramref name="executable"/>, or null with <paramref name="whyMissing"/> saying why.</summary>
    public static string? Find(string executable, string package, out string whyMissing)
    {
        whyMissing = string.Empty;
        string[] candidates = [$"/usr/bin/{executable}", $"/usr/local/bin/{executable}"];
        if (candidates.FirstOrDefault(File.Exists) is { } found)
        {
            return found;
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {package}) 2>&1 | tail -3"]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(600_000);
            if (candidates.FirstOrDefault(File.Exists) is { } installed)
            {
                return installed;
            }

            whyMissing = $"{executable} is not installed and 'apt-get install {package}' failed: {output.Trim()}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            whyMissing = $"{executable} is not installed and apt-get could not run: {e.Message}";
        }

        return null;
    }
}
