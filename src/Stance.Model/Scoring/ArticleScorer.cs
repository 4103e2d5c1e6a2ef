using Stance.Model.Attribution;
using Stance.Model.Labels;
using Stance.Model.Reading;
using Stance.Model.Segmentation;

namespace Stance.Model.Scoring;

/// <summary>Segments an article, scores every sentence, explains the labels and summarises. Thread-safe.</summary>
public sealed class ArticleScorer(StanceModel model, Segmenter? segmenter = null)
{
    private static readonly Attributor Attributor = new();
    private readonly DocumentReader _reader = new(segmenter);

    /// <summary>The model used.</summary>
    public StanceModel Model => model;

    /// <summary>
    /// Scores the article <paramref name="text"/>; <paramref name="name"/> identifies it in the result
    /// and its extension says how to read it (web page, Markdown, plain text: see <see cref="DocumentReader.FormatOf"/>).
    /// </summary>
    public ArticleResult Score(string name, string text, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Score(name, text, _reader.Read(name, text), options);
    }

    /// <summary>Scores an article already read (e.g. read while the model was loading); <paramref name="text"/> is its original text.</summary>
    public ArticleResult Score(string name, string text, ReadDocument document, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ScoringOptions.Default;
        var sentences = document.Sentences;
        var scored = model.ScoreDetailed(
            sentences.Select(s => s.Text).ToList(),
            sentences.Select(s => s.IsBoilerplate).ToList(),
            options.Thresholds.Count > 0 ? options.Thresholds : null,
            options.ExplainTop);
        var results = sentences.Select((s, i) => new ScoredSentence(
            s.Id, s.Start, s.End, s.Text, s.IsBoilerplate, scored[i].Score.Labels, scored[i].Score.Probabilities, scored[i].Explanations)).ToList();
        var attributions = Attributor.Attribute([.. results.Select(s => new AttributionSentence(s.Id, s.Text, s.IsBoilerplate ? LabelSet.None : s.Labels))]);
        return new ArticleResult(name, results, Summarize(results), results.Count(s => !s.IsBoilerplate), text, attributions)
        {
            Format = document.Format,
            Metadata = document.Metadata,
            Thresholds = [.. LabelSet.All.Select(l => options.Thresholds.TryGetValue(l, out var t) ? t : model.Threshold(l))],
        };
    }

    /// <summary>Per-label counts, shares (of non-boilerplate sentences) and most confident sentence.</summary>
    public static IReadOnlyList<LabelSummary> Summarize(IReadOnlyList<ScoredSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var content = sentences.Where(s => !s.IsBoilerplate).ToList();
        return LabelSet.All.Select(label =>
        {
            var labeled = content.Where(s => s.Labels.Contains(label)).ToList();
            var best = labeled.OrderByDescending(s => s.Probabilities[(int)label]).ThenBy(s => s.Id).FirstOrDefault();
            return new LabelSummary(
                LabelSet.NameOf(label),
                labeled.Count,
                content.Count == 0 ? 0 : Math.Round(labeled.Count / (double)content.Count, 4),
                best?.Id,
                best is null ? 0 : Math.Round(best.Probabilities[(int)label], 4));
        }).ToList();
    }
}
