namespace Stance.Model.Attribution;

/// <summary>
/// Settings of <see cref="Attributor"/>. The link weights are the best respondsTo F1 of a grid
/// search on the tuning split (<c>stance attribution-eval --tune-links</c>): the accusation's
/// target and shared words did not help there, nearness and "not itself a denial" did.
/// </summary>
public sealed record AttributionOptions
{
    /// <summary>The defaults.</summary>
    public static AttributionOptions Default { get; } = new();

    /// <summary>A denial is linked to an accusation only when the link scores at least this.</summary>
    public double MinimumLinkScore { get; init; } = 1.5;

    /// <summary>Link score when the accusation's target is the denier.</summary>
    public double LinkTargetWeight { get; init; }

    /// <summary>Link score when the candidate accusation does not itself deny.</summary>
    public double LinkPureAccusationWeight { get; init; } = 2.0;

    /// <summary>Link score per unit of shared content words (overlap coefficient).</summary>
    public double LinkOverlapWeight { get; init; }

    /// <summary>Link score when the accusation comes before the denial.</summary>
    public double LinkBeforeWeight { get; init; } = 1.0;

    /// <summary>Link score when the candidate is the article's first accusation (often its headline or lead).</summary>
    public double LinkFirstWeight { get; init; }

    /// <summary>Link score lost per sentence between denial and accusation (up to ten).</summary>
    public double LinkDistanceWeight { get; init; } = 0.05;

    /// <summary>How many sentences before an attribution-only sentence ("X said.") a quote may sit.</summary>
    public int QuoteLookAhead { get; init; } = 1;

    /// <summary>How many sentences back a continuing quote ("I dont think ...") looks for its source.</summary>
    public int InheritDistance { get; init; } = 2;
}
