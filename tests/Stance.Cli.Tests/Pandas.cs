using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>Debian's python3-pandas, to load outputs the way analysts do.</summary>
internal static class Pandas
{
    private static readonly Lazy<bool> Available = new(Locate);

    public static string WhyMissing { get; private set; } = string.Empty;

    public static bool Found() => Available.Value;

    /// <summary>Runs a Python snippet with pandas imported as pd; returns its standard output.</summary>
    public static string Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import sys, pandas as pd\n" + script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python failed: {error}");
        return output.Result.Trim();
    }

    private static bool Imports()
    {
        if (!File.Exists("/usr/bin/python3"))
        {
            return false;
        }

        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", "import pandas"]) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static bool Locate()
    {
        if (Imports())
        {
            return true;
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo("bash", ["-c", "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas) 2>&1 | tail -3"]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(600_000);
            if (Imports())
            {
                return true;
            }

            WhyMissing = $"python3-pandas is not installed and 'apt-get install python3-pandas' failed: {output.Trim()}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            WhyMissing = $"python3-pandas is not installed and apt-get could not run: {e.Message}";
        }

        return false;
    }
}
