namespace Stance.Model.Attribution;

/// <summary>Settings of <see cref="Attributor"/>; the defaults are the values tuned on the tuning split.</summary>
public sealed record AttributionOptions
{
    /// <summary>The defaults.</summary>
    public static AttributionOptions Default { get; } = new();

    /// <summary>A denial is linked to an accusation only when the link scores at least this.</summary>
    public double MinimumLinkScore { get; init; } = 1.0;

    /// <summary>How many sentences before an attribution-only sentence ("X said.") a quote may sit.</summary>
    public int QuoteLookAhead { get; init; } = 1;

    /// <summary>How many sentences back a continuing quote ("I dont think ...") looks for its source.</summary>
    public int InheritDistance { get; init; } = 2;
}
