namespace Stance.Training.Attribution;

/// <summary>An actor as one answer names it: the words in the article and the canonical name.</summary>
/// <param name="Text">The mention as written ("he", "the Observatory"), "(reporter)", "-", or empty when unknown.</param>
/// <param name="Canonical">The canonical name, "(reporter)" or "-".</param>
public sealed record NamePair(string Text, string Canonical);
