namespace Stance.Training.Attribution;

/// <summary>
/// What one annotator (or the attributor) says about one sentence, in the form the scorer compares:
/// names as written and canonical for speaker and target ("(reporter)" and "-" included), and the
/// accusation sentence ids a denial answers.
/// </summary>
/// <param name="Speakers">Acceptable speaker names (mention text and canonical name of each speaker given).</param>
/// <param name="Targets">Per target given, its mention text and canonical name; empty or "-" when none.</param>
/// <param name="RespondsTo">The accusation sentence ids, best first; empty when none.</param>
public sealed record AttributionAnswer(IReadOnlyList<NamePair> Speakers, IReadOnlyList<NamePair> Targets, IReadOnlyList<int> RespondsTo);
