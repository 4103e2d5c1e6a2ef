namespace Stance.Cli.Tests;

/// <summary>Debian's zsh, installed on first use when missing (as <see cref="Tmux"/> is).</summary>
internal static class Zsh
{
    private static readonly Lazy<string?> Located = new(Locate);

    public static string WhyMissing { get; private set; } = string.Empty;

    public static string? Find() => Located.Value;

    private static string? Locate()
    {
        var path = DebianPackage.Find("zsh", "zsh", out var why);
        WhyMissing = why;
        return path;
    }
}
