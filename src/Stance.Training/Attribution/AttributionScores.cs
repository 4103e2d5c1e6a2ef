namespace Stance.Training.Attribution;

/// <summary>How well one set of answers matches the gold answers for the same sentences.</summary>
/// <param name="Sentences">Sentences compared.</param>
/// <param name="SpeakerExact">Share of sentences whose speaker matches exactly.</param>
/// <param name="SpeakerPartial">Share whose speaker matches by token overlap.</param>
/// <param name="TargetExact">Share whose target (or "none") matches exactly.</param>
/// <param name="TargetPartial">Share whose target matches by token overlap.</param>
/// <param name="LinkSentences">Denial/deflection sentences compared for respondsTo.</param>
/// <param name="LinksGold">Of those, how many the gold links to an accusation.</param>
/// <param name="LinksPredicted">How many the answers link.</param>
/// <param name="LinksCorrect">Predicted links to one of the gold accusation ids.</param>
public sealed record AttributionScores(
    int Sentences, double SpeakerExact, double SpeakerPartial, double TargetExact, double TargetPartial,
    int LinkSentences, int LinksGold, int LinksPredicted, int LinksCorrect)
{
    /// <summary>respondsTo precision (1 when nothing is linked).</summary>
    public double LinkPrecision => LinksPredicted == 0 ? 1 : LinksCorrect / (double)LinksPredicted;

    /// <summary>respondsTo recall.</summary>
    public double LinkRecall => LinksGold == 0 ? 0 : LinksCorrect / (double)LinksGold;
}
