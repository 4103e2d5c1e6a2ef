using Stance.Model.Data;
using Stance.Model.Input;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Model.Annotation;

/// <summary>
/// Picks the sentences a user labels next (<c>stance annotate</c>): whole random articles, the
/// sentences the model is least sure of, or both, pre-filled with the model's labels.
/// Deterministic: the same files, model and seed give the same queue.
/// </summary>
public sealed class QueueBuilder(ArticleScorer scorer, QueueOptions? options = null)
{
    private const int Chunk = 64;
    private readonly QueueOptions _options = options ?? new QueueOptions();

    /// <summary>Builds the queue from <paramref name="sources"/>.</summary>
    public QueueBuildResult Build(IReadOnlyList<QueueSource> sources, IProgress<int>? scored = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<(string, string)>();
        var candidates = sources.Where(s => !_options.Exclude.Contains(s)).ToList();
        var excluded = sources.Count - candidates.Count;
        Shuffle(candidates, new Random(_options.Seed));
        var (randomWanted, uncertainWanted) = _options.Strategy switch
        {
            SamplingStrategy.Random => (_options.Count, 0),
            SamplingStrategy.Uncertain => (0, _options.Count),
            _ => (_options.Count / 2, _options.Count - (_options.Count / 2)),
        };

        var rows = new List<QueueRow>();
        var next = 0;
        var articlesScored = 0;
        var taken = 0;

        // Articles scored in the random phase but not taken go to the uncertain phase unscored again.
        var leftover = new List<(QueueSource Source, ArticleResult? Result)>();
        while (taken < randomWanted && next < candidates.Count)
        {
            var chunk = candidates.Skip(next).Take(Chunk).ToList();
            next += chunk.Count;
            foreach (var (source, result) in chunk.Zip(ScoreAll(chunk, problems)))
            {
                if (taken >= randomWanted)
                {
                    leftover.Add((source, result));
                    continue;
                }

                if (result is null)
                {
                    continue;
                }

                articlesScored++;
                var content = result.Sentences.Where(s => !s.IsBoilerplate).ToList();
                rows.AddRange(content.Select(s => Row(source, result, s, "random")));
                taken += content.Count;
            }

            scored?.Report(articlesScored);
        }

        if (uncertainWanted > 0)
        {
            var pool = new List<(double Uncertainty, QueueRow Row)>();
            for (var first = true; first || next < candidates.Count; first = false)
            {
                IEnumerable<(QueueSource, ArticleResult?)> batch;
                if (first)
                {
                    batch = leftover;
                }
                else
                {
                    var chunk = candidates.Skip(next).Take(Chunk).ToList();
                    next += chunk.Count;
                    batch = chunk.Zip(ScoreAll(chunk, problems));
                }

                foreach (var (source, result) in batch)
                {
                    if (result is null)
                    {
                        continue;
                    }

                    articlesScored++;
                    pool.AddRange(result.Sentences
                        .Where(s => !s.IsBoilerplate)
                        .Select(s => (Uncertainty.Of(s.Probabilities, Thresholds, _options.Focus), Row(source, result, s, "uncertain")))
                        .OrderBy(p => p.Item1).ThenBy(p => p.Item2.SentenceId)
                        .Take(_options.PerArticle));
                }

                scored?.Report(articlesScored);
            }

            rows.AddRange(pool
                .OrderBy(p => p.Uncertainty).ThenBy(p => p.Row.Source, StringComparer.Ordinal).ThenBy(p => p.Row.SentenceId)
                .Take(uncertainWanted)
                .Select(p => p.Row));
        }

        var ordered = rows.OrderBy(r => r.Corpus, StringComparer.Ordinal).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.SentenceId).ToList();
        return new QueueBuildResult(ordered, articlesScored, excluded, problems);
    }

    private double[] Thresholds => [.. LabelSet.All.Select(scorer.Model.Threshold)];

    private ArticleResult?[] ScoreAll(List<QueueSource> chunk, List<(string, string)> problems)
    {
        var results = new ArticleResult?[chunk.Count];
        var failures = new string?[chunk.Count];
        Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism }, i =>
        {
            try
            {
                var article = ArticleReader.Read(chunk[i].Path, new ArticleReaderOptions { Encoding = _options.Encoding });
                results[i] = scorer.Score(chunk[i].Path, article.Text, new ScoringOptions { ExplainTop = 0 });
            }
            catch (ArticleReadException e)
            {
                failures[i] = e.Message;
            }
        });
        for (var i = 0; i < chunk.Count; i++)
        {
            if (failures[i] is { } reason)
            {
                problems.Add((chunk[i].Path, reason));
            }
        }

        return results;
    }

    private static QueueRow Row(QueueSource source, ArticleResult article, ScoredSentence sentence, string strategy) => new(
        source.ArticleId,
        sentence.Id,
        sentence.Labels,
        sentence.Text,
        sentence.Probabilities,
        source.Corpus,
        source.Source,
        sentence.Start,
        sentence.End,
        SourceReference.HashOf(article.OriginalText.AsSpan(sentence.Start, sentence.End - sentence.Start)),
        strategy);

    /// <summary>Fisher-Yates with the seeded generator: the order depends only on the seed and the input order.</summary>
    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
