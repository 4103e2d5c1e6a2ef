namespace Stance.Model.Attribution;

/// <summary>Where an actor is named: a span of one sentence's text.</summary>
/// <param name="SentenceId">The sentence holding the mention (it may precede the sentence attributed, e.g. for "he said").</param>
/// <param name="Start">Offset of the mention's first character within that sentence's text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Text">The mention as written.</param>
public sealed record Mention(int SentenceId, int Start, int End, string Text);
