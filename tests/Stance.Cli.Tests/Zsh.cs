using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>Debian's zsh, installed on first use when missing (as <see cref="Tmux"/> is).</summary>
internal static class Zsh
{
    private static readonly Lazy<string?> Located = new(Locate);

    public static string WhyMissing { get; private set; } = string.Empty;

    public static string? Find() => Located.Value;

    private static string? Locate()
    {
        if (File.Exists("/usr/bin/zsh"))
        {
            return "/usr/bin/zsh";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo("bash", ["-c", "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zsh) 2>&1 | tail -3"]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(600_000);
            if (File.Exists("/usr/bin/zsh"))
            {
                return "/usr/bin/zsh";
            }

            WhyMissing = $"zsh is not installed and 'apt-get install zsh' failed: {output.Trim()}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            WhyMissing = $"zsh is not installed and apt-get could not run: {e.Message}";
        }

        return null;
    }
}
