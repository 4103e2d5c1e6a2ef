namespace Stance.Model.Attribution;

/// <summary>A run of words that names or describes an actor.</summary>
/// <param name="SentenceIndex">Index of the sentence in the article.</param>
/// <param name="First">Its first word (after any determiner).</param>
/// <param name="Last">Its last word (inclusive).</param>
/// <param name="MentionFirst">The first word of the mention as shown (with "the" when it precedes).</param>
/// <param name="Strength">3 a known actor, 2 holds an actor word (ministry, rebels), 1 capitalised words only.</param>
internal sealed record Phrase(int SentenceIndex, int First, int Last, int MentionFirst, int Strength);
