using Stance.Model.Data;
using Stance.Model.Features;
using Stance.Model.Labels;
using Stance.Model.Segmentation;

namespace Stance.Training.Pipeline;

/// <summary>Turns labeled sentences into training rows, article by article, so context features see the right neighbours.</summary>
internal static class ExampleBuilder
{
    /// <summary>Rows for <paramref name="sentences"/>, grouped by article (in first-seen order) and ordered by sentence id within it.</summary>
    public static List<LabeledExample> Build(IEnumerable<LabeledSentence> sentences)
    {
        var examples = new List<LabeledExample>();
        foreach (var article in sentences.GroupBy(s => s.ArticleId))
        {
            var ordered = article.OrderBy(s => s.SentenceId).ToList();
            var texts = ordered.ConvertAll(s => s.Text);
            var flags = BoilerplateFlags.Detect(texts);
            var inputs = ModelInputBuilder.Build(texts, flags);
            for (var i = 0; i < ordered.Count; i++)
            {
                examples.Add(From(inputs[i], ordered[i].Labels, article.Key, flags[i]));
            }
        }

        return examples;
    }

    public static LabeledExample From(ModelInput input, LabelSet gold, string articleId, bool isBoilerplate) => new()
    {
        Text = input.Text,
        Context = input.Context,
        Cues = input.Cues,
        Accuse = gold.Contains(StanceLabel.Accuse),
        Deny = gold.Contains(StanceLabel.Deny),
        Deflect = gold.Contains(StanceLabel.Deflect),
        CiteEvidence = gold.Contains(StanceLabel.CiteEvidence),
        ArticleId = articleId,
        Gold = gold,
        IsBoilerplate = isBoilerplate,
    };
}
