using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>Debian's Chromium for browser tests: installed with apt-get when missing, never downloaded otherwise.</summary>
internal static class Chromium
{
    private const string Path = "/usr/bin/chromium";
    private static readonly Lazy<string?> Located = new(Locate);

    public static string WhyMissing { get; private set; } = string.Empty;

    public static string? Find() => Located.Value;

    public static string Run(string chromium, string profileParent, params string[] args)
    {
        var info = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars", $"--user-data-dir={System.IO.Path.Combine(profileParent, "chromium-profile")}" })
        {
            info.ArgumentList.Add(flag);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        _ = stderr.Result;
        return stdout;
    }

    private static string? Locate()
    {
        if (File.Exists(Path))
        {
            return Path;
        }

        try
        {
            var info = new ProcessStartInfo("bash", ["-c", "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) 2>&1 | tail -3"]) { RedirectStandardOutput = true };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(600_000);
            if (File.Exists(Path))
            {
                return Path;
            }

            WhyMissing = $"Chromium is not installed and 'apt-get install chromium' failed: {output.Trim()}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            WhyMissing = $"Chromium is not installed and apt-get could not run: {e.Message}";
        }

        return null;
    }
}
