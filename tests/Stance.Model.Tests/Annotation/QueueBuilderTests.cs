using Stance.Model.Annotation;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Model.Tests.Annotation;

public sealed class QueueBuilderTests
{
    private static readonly Lazy<ArticleScorer> Scorer = new(() => new ArticleScorer(StanceModel.LoadDefault()));

    private static IReadOnlyList<QueueSource> Seeds => Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt").Order(StringComparer.Ordinal)
        .Select(f => new QueueSource(f, "../seeds", Path.GetFileName(f))).ToList();

    [Fact]
    public void Random_takes_whole_articles_until_the_count_is_reached()
    {
        var result = Build(new QueueOptions { Strategy = SamplingStrategy.Random, Count = 40, Seed = 3 });
        Assert.True(result.Rows.Count >= 40, $"{result.Rows.Count} rows");
        foreach (var article in result.Rows.GroupBy(r => r.ArticleId))
        {
            var ids = article.Select(r => r.SentenceId).ToList();
            Assert.Equal(ids.Order(), ids);
            Assert.All(article, r => Assert.Equal("random", r.Strategy));
        }

        // Whole articles: every non-boilerplate sentence of a taken article is in the queue.
        var first = result.Rows[0];
        var sentences = new Stance.Model.Segmentation.Segmenter().Segment(File.ReadAllText(RepoPaths.Of("seeds", first.Source)));
        Assert.Equal(sentences.Count(s => !s.IsBoilerplate), result.Rows.Count(r => r.Source == first.Source));
    }

    [Fact]
    public void Uncertain_caps_sentences_per_article_and_picks_those_nearest_a_threshold()
    {
        var result = Build(new QueueOptions { Strategy = SamplingStrategy.Uncertain, Count = 8, PerArticle = 2 });
        Assert.Equal(8, result.Rows.Count);
        Assert.All(result.Rows.GroupBy(r => r.Source), g => Assert.True(g.Count() <= 2));
        var model = Scorer.Value.Model;
        double[] thresholds = [.. LabelSet.All.Select(model.Threshold)];
        var picked = result.Rows.Max(r => Uncertainty.Of(r.Probabilities, thresholds));
        Assert.True(picked < 2.5, $"the least uncertain pick is {picked:F2} log-odds from a threshold");
    }

    [Fact]
    public void Mixed_is_half_random_half_uncertain_from_other_articles()
    {
        var result = Build(new QueueOptions { Strategy = SamplingStrategy.Mixed, Count = 30, PerArticle = 10, Seed = 1 });
        var random = result.Rows.Where(r => r.Strategy == "random").Select(r => r.Source).ToHashSet();
        var uncertain = result.Rows.Where(r => r.Strategy == "uncertain").ToList();
        Assert.NotEmpty(random);
        Assert.Equal(15, uncertain.Count);
        Assert.DoesNotContain(uncertain, r => random.Contains(r.Source));
    }

    [Fact]
    public void Excluded_articles_are_never_picked_and_the_queue_is_deterministic()
    {
        var exclude = ExclusionList.Of(["seeds/000_70609ac6d92eee97.txt", "001_4b91d925b82a1461"]);
        var a = Build(new QueueOptions { Strategy = SamplingStrategy.Mixed, Count = 20, Exclude = exclude });
        var b = Build(new QueueOptions { Strategy = SamplingStrategy.Mixed, Count = 20, Exclude = exclude });
        Assert.Equal(2, a.ArticlesExcluded);
        Assert.DoesNotContain(a.Rows, r => r.Source.StartsWith("000_", StringComparison.Ordinal) || r.Source.StartsWith("001_", StringComparison.Ordinal));
        Assert.Equal(a.Rows.Select(r => (r.Source, r.SentenceId)), b.Rows.Select(r => (r.Source, r.SentenceId)));
    }

    [Fact]
    public void Focus_measures_uncertainty_on_the_given_labels_only()
    {
        var result = Build(new QueueOptions { Strategy = SamplingStrategy.Uncertain, Count = 5, Focus = [StanceLabel.Deflect] });
        double[] thresholds = [.. LabelSet.All.Select(Scorer.Value.Model.Threshold)];
        var all = Build(new QueueOptions { Strategy = SamplingStrategy.Uncertain, Count = 200, PerArticle = 200 }).Rows;
        var best = all.Select(r => Uncertainty.Of(r.Probabilities, thresholds, [StanceLabel.Deflect])).Order().Take(5).Max();
        Assert.All(result.Rows, r => Assert.True(Uncertainty.Of(r.Probabilities, thresholds, [StanceLabel.Deflect]) <= best + 1e-9));
    }

    [Fact]
    public void Rows_reference_their_text_by_offsets_and_hash()
    {
        var row = Build(new QueueOptions { Strategy = SamplingStrategy.Random, Count = 1 }).Rows[0];
        var text = File.ReadAllText(RepoPaths.Of("seeds", row.Source));
        Assert.Equal(Stance.Model.Data.SourceReference.HashOf(text.AsSpan(row.Start, row.End - row.Start)), row.Sha256);
        Assert.Equal(Path.GetFileNameWithoutExtension(row.Source), row.ArticleId);
    }

    private static QueueBuildResult Build(QueueOptions options) => new QueueBuilder(Scorer.Value, options).Build(Seeds);
}
