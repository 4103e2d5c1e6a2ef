namespace Stance.Model.Scoring;

/// <summary>One feature's push towards a label: the classifier's weight times the feature's value.</summary>
/// <param name="Feature">Readable name: an n-gram ("never hit"), "before: word" for context, or "cue:deny" for a lexicon cue.</param>
/// <param name="Contribution">Weight x value, in the classifier's log-odds units.</param>
public sealed record FeatureContribution(string Feature, double Contribution);
