using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Training.Evaluation;

/// <summary>
/// The cue-lexicon-only rule model, a baseline: a label is assigned when its cue group fires
/// (accuse needs an accusation word, or a harm word together with a reporting context).
/// </summary>
public static class CueRuleBaseline
{
    /// <summary>Predicts from the cue slots of <see cref="ModelInput.Cues"/>.</summary>
    public static LabelSet Predict(float[] cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        float Cue(string group) => cues[IndexOf(group)];
        var set = LabelSet.None;
        if (Cue("accuse") > 0)
        {
            set = set.With(StanceLabel.Accuse);
        }

        if (Cue("deny") > 0)
        {
            set = set.With(StanceLabel.Deny);
        }

        if (Cue("deflect") > 0)
        {
            set = set.With(StanceLabel.Deflect);
        }

        if (Cue("evidence") > 0 || Cue("count") > 0)
        {
            set = set.With(StanceLabel.CiteEvidence);
        }

        return set;
    }

    private static int IndexOf(string group) => CueLexicon.Groups.ToList().IndexOf(group);
}
