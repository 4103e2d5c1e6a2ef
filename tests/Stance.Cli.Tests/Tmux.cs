using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>Debian's tmux for terminal tests: a real pseudo-terminal, keys sent and the screen read back.</summary>
internal static class Tmux
{
    private static readonly Lazy<string?> Located = new(Locate);

    public static string WhyMissing { get; private set; } = string.Empty;

    public static string? Find() => Located.Value;

    public static void Start(string session, string command) =>
        Run("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command);

    public static void Keys(string session, string keys) => Run("send-keys", "-t", session, keys);

    public static string Screen(string session) => Run("capture-pane", "-p", "-t", session);

    /// <summary>The screen once it shows <paramref name="text"/>; fails with the screen after 30 s.</summary>
    public static string WaitFor(string session, string text)
    {
        var clock = Stopwatch.StartNew();
        var screen = string.Empty;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            screen = Screen(session);
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"'{text}' never appeared; the screen was:\n{screen}");
    }

    /// <summary>SIGKILLs the program running in the session's pane.</summary>
    public static void KillProcess(string session)
    {
        var pid = int.Parse(Run("list-panes", "-t", session, "-F", "#{pane_pid}").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Process.GetProcessById(pid).Kill(entireProcessTree: true);
        Thread.Sleep(300);
    }

    public static void WaitForExit(string session)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && Run("has-session", "-t", session).Length >= 0 && Exists(session))
        {
            Thread.Sleep(100);
        }
    }

    public static void Kill(string session)
    {
        if (Exists(session))
        {
            Run("kill-session", "-t", session);
        }
    }

    private static bool Exists(string session)
    {
        using var process = Process.Start(new ProcessStartInfo("tmux", ["has-session", "-t", session]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static string Run(params string[] args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string? Locate()
    {
        var path = DebianPackage.Find("tmux", "tmux", out var why);
        WhyMissing = why;
        return path;
    }
}
