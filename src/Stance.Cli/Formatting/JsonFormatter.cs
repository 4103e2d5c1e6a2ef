using System.Text.Json;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli.Formatting;

/// <summary>
/// One JSON object per article (schema in README.md): article, model, sentences (with offsets,
/// labels, probabilities, explanations) and summary.
/// </summary>
internal sealed class JsonFormatter : IArticleFormatter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void Write(ArticleResult article, StanceModel model, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(ToDocument(article, model), Options));
        writer.Write('\n');
    }

    /// <summary>One sentence as JSON: the shape 'score' and 'batch' share.</summary>
    public static Dictionary<string, object> Sentence(ScoredSentence s, bool withExplanations, ArticleResult? article = null)
    {
        var json = new Dictionary<string, object>
        {
            ["id"] = s.Id,
            ["start"] = s.Start,
            ["end"] = s.End,
            ["text"] = s.Text,
            ["boilerplate"] = s.IsBoilerplate,
            ["labels"] = LabelSet.All.Where(s.Labels.Contains).Select(LabelSet.NameOf).ToArray(),
            ["probabilities"] = LabelSet.All.ToDictionary(LabelSet.KeyOf, l => Math.Round(s.Probabilities[(int)l], 4)),
        };
        AttributionJson.Add(json, article?.AttributionOf(s.Id));
        if (withExplanations)
        {
            json["explanations"] = s.Explanations.ToDictionary(e => LabelSet.KeyOf(e.Key), e => e.Value.Select(c => new { feature = c.Feature, contribution = c.Contribution }));
        }

        return json;
    }

    /// <summary>How the article was read and what it says about itself (null fields when it does not say).</summary>
    public static object Document(ArticleResult article) => new
    {
        format = article.Format.ToString().ToLowerInvariant(),
        title = article.Metadata.Title,
        byline = article.Metadata.Byline,
        site_name = article.Metadata.SiteName,
        published = article.Metadata.Published,
    };

    /// <summary>The document as plain objects, so batch output can embed the same shape.</summary>
    public static object ToDocument(ArticleResult article, StanceModel model) => new
    {
        article = article.Name,
        document = Document(article),
        model = new
        {
            source = model.Source,
            trainer = model.Manifest.Trainer,
            thresholds = LabelSet.All.ToDictionary(LabelSet.KeyOf, l => article.Thresholds?[(int)l] ?? model.Threshold(l)),
        },
        sentences = article.Sentences.Select(s => Sentence(s, withExplanations: true, article)),
        summary = new
        {
            sentences = article.Sentences.Count,
            content_sentences = article.ContentSentences,
            labels = article.Summary.ToDictionary(l => l.Label.Replace('-', '_'), l => new { count = l.Count, share = l.Share, most_confident = l.MostConfidentId is null ? null : new { id = l.MostConfidentId, probability = l.MostConfidentProbability } }),
        },
    };
}
