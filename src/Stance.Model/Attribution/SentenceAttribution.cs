namespace Stance.Model.Attribution;

/// <summary>Who makes a sentence's move, against whom, and which accusation it answers.</summary>
/// <param name="SentenceId">The sentence.</param>
/// <param name="Speaker">Who makes the move (the outlet's own voice when nobody is quoted).</param>
/// <param name="Target">Who is accused, whose claim is denied, at whom a deflection points; null when none is found.</param>
/// <param name="RespondsTo">For a denial or deflection, the id of the accusation it answers (an accusation sentence, or a claim a named source reports in a sentence without moves); null otherwise.</param>
public sealed record SentenceAttribution(int SentenceId, ActorMention Speaker, ActorMention? Target, int? RespondsTo);
