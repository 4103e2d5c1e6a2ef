namespace Stance.Model.Attribution;

/// <summary>An actor after normalisation: one canonical name and a type.</summary>
/// <param name="Canonical">The canonical name ("Russian Defence Ministry"), or <see cref="Reporter"/>.</param>
/// <param name="Type">Its kind.</param>
public sealed record Actor(string Canonical, ActorType Type)
{
    /// <summary>The canonical name of the outlet's own voice.</summary>
    public const string ReporterName = "(reporter)";

    /// <summary>The outlet's own voice: the speaker when no source is quoted or reported.</summary>
    public static Actor Reporter { get; } = new(ReporterName, ActorType.Media);

    /// <summary>True for the outlet's own voice.</summary>
    public bool IsReporter => Canonical == ReporterName;

    /// <summary>The key two actors are the same under (case and spacing ignored).</summary>
    public string Key => Canonical.ToLowerInvariant();
}
