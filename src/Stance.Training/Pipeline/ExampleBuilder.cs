using Stance.Model.Features;
using Stance.Model.Labels;
using Stance.Training.Data;

namespace Stance.Training.Pipeline;

/// <summary>Turns the labeled sentences of training articles into weighted ML.NET rows.</summary>
internal static class ExampleBuilder
{
    /// <summary>One row per labeled sentence, article by article, weighted by its source.</summary>
    public static List<LabeledExample> Build(IEnumerable<TrainingArticle> articles, SourceWeights? weights = null, IReadOnlyList<float>? positiveWeights = null)
    {
        weights ??= SourceWeights.Uniform;
        var examples = new List<LabeledExample>();
        foreach (var article in articles)
        {
            for (var i = 0; i < article.Inputs.Length; i++)
            {
                if (article.Gold[i] is { } gold)
                {
                    examples.Add(From(article.Inputs[i], gold, article, article.Boilerplate[i], weights, positiveWeights));
                }
            }
        }

        return examples;
    }

    private static LabeledExample From(ModelInput input, LabelSet gold, TrainingArticle article, bool isBoilerplate, SourceWeights weights, IReadOnlyList<float>? positive) => new()
    {
        Text = input.Text,
        Context = input.Context,
        Cues = input.Cues,
        Accuse = gold.Contains(StanceLabel.Accuse),
        Deny = gold.Contains(StanceLabel.Deny),
        Deflect = gold.Contains(StanceLabel.Deflect),
        CiteEvidence = gold.Contains(StanceLabel.CiteEvidence),
        WeightAccuse = weights.Of(article.Provenance, StanceLabel.Accuse) * Positive(gold, StanceLabel.Accuse, positive),
        WeightDeny = weights.Of(article.Provenance, StanceLabel.Deny) * Positive(gold, StanceLabel.Deny, positive),
        WeightDeflect = weights.Of(article.Provenance, StanceLabel.Deflect) * Positive(gold, StanceLabel.Deflect, positive),
        WeightCiteEvidence = weights.Of(article.Provenance, StanceLabel.CiteEvidence) * Positive(gold, StanceLabel.CiteEvidence, positive),
        ArticleId = article.Id,
        Gold = gold,
        IsBoilerplate = isBoilerplate,
        Provenance = article.Provenance,
        Selection = article.Selection,
    };

    private static float Positive(LabelSet gold, StanceLabel label, IReadOnlyList<float>? positive) =>
        positive is not null && gold.Contains(label) ? positive[(int)label] : 1f;
}
