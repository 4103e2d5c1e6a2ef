namespace Stance.Model.Attribution;

/// <summary>An actor and the mention it was read from (null for the outlet's own voice).</summary>
/// <param name="Actor">The normalised actor.</param>
/// <param name="Mention">The words that name it, or null.</param>
public sealed record ActorMention(Actor Actor, Mention? Mention);
