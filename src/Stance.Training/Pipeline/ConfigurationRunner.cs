using Microsoft.ML;
using Stance.Model.Features;
using Stance.Model.Labels;
using Stance.Training.Data;
using Stance.Training.Evaluation;

namespace Stance.Training.Pipeline;

/// <summary>
/// Cross-validates and fits one <see cref="ModelConfiguration"/>. The first pass is fitted per
/// fold on the other folds' articles and predicts every sentence of the held-out articles
/// (labeled or not, so each sentence's neighbours have first-pass probabilities); the second
/// pass is fitted per fold on those out-of-fold probabilities. Folds are article-grouped, and
/// no threshold is tuned on the sentences it is tested on.
/// </summary>
internal sealed class ConfigurationRunner(ModelConfiguration configuration, int seed, int maxParallelism)
{
    /// <summary>Out-of-fold predictions and the final fit.</summary>
    /// <param name="articles">The training articles.</param>
    /// <param name="foldOf">Fold per article id.</param>
    /// <param name="realFraction">Share of each fold's real training articles used (learning curve); other sources are kept whole.</param>
    /// <param name="fitFinal">Also fit on all data (the model to ship or to test on dev).</param>
    public (FoldedPredictions Folded, FittedModel? Final) Run(IReadOnlyList<TrainingArticle> articles, IReadOnlyDictionary<string, int> foldOf, double realFraction = 1.0, bool fitFinal = true)
    {
        var firstPass = OutOfFoldFirstPass(articles, foldOf, realFraction);
        var probabilities = configuration.ContextPass ? OutOfFoldSecondPass(articles, foldOf, firstPass, realFraction) : firstPass;
        var examples = new List<LabeledExample>();
        var oof = new List<float[]>();
        var byArticle = ExampleBuilder.Build(articles, configuration.Weights, configuration.PositiveWeights).GroupBy(e => e.ArticleId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        for (var a = 0; a < articles.Count; a++)
        {
            var rows = byArticle.GetValueOrDefault(articles[a].Id, []);
            var k = 0;
            for (var i = 0; i < articles[a].Inputs.Length; i++)
            {
                if (articles[a].Gold[i] is not null)
                {
                    examples.Add(rows[k++]);
                    oof.Add(probabilities[a][i]);
                }
            }
        }

        var honest = Honest(examples, oof, foldOf);
        var thresholds = ThresholdTuner.Tune(ThresholdRows(examples, oof, _ => true).Probabilities, ThresholdRows(examples, oof, _ => true).Gold);
        var folded = new FoldedPredictions(examples, oof, honest, thresholds);
        if (!fitFinal)
        {
            return (folded, null);
        }

        var ml = new MLContext(seed);
        var final = ClassifierSet.Fit(ml, examples, configuration.Featurizer, configuration.Trainer, configuration.Settings);
        var context = configuration.ContextPass ? FitContext(ml, articles, firstPass, _ => true) : null;
        return (folded, new FittedModel(ml, final, context, thresholds));
    }

    /// <summary>Probabilities of every sentence of <paramref name="articles"/> (e.g. the dev set) under a fitted model.</summary>
    public static float[][][] Predict(FittedModel model, IReadOnlyList<TrainingArticle> articles)
    {
        var flat = articles.SelectMany(a => a.Inputs).Select(ToExample).ToList();
        var predicted = ClassifierSet.Predict(model.Ml, model.FirstPass, flat);
        var result = new float[articles.Count][][];
        var next = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var first = predicted.Skip(next).Take(articles[a].Inputs.Length).ToArray();
            next += first.Length;
            result[a] = model.Context is null ? first : model.Context.Apply(first, Cues(articles[a]), articles[a].Boilerplate);
        }

        return result;
    }

    private float[][][] OutOfFoldFirstPass(IReadOnlyList<TrainingArticle> articles, IReadOnlyDictionary<string, int> foldOf, double realFraction)
    {
        var result = new float[articles.Count][][];
        var folds = foldOf.Values.Distinct().Order().ToArray();
        Parallel.ForEach(folds, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, fold =>
        {
            var training = TrainingArticlesOf(articles, foldOf, fold, realFraction);
            var ml = new MLContext(seed);
            var model = ClassifierSet.Fit(ml, ExampleBuilder.Build(training, configuration.Weights, configuration.PositiveWeights), configuration.Featurizer, configuration.Trainer, configuration.Settings);
            var held = Enumerable.Range(0, articles.Count).Where(a => foldOf[articles[a].Id] == fold).ToList();
            var predicted = ClassifierSet.Predict(ml, model, held.SelectMany(a => articles[a].Inputs).Select(ToExample).ToList());
            var next = 0;
            foreach (var a in held)
            {
                result[a] = predicted.Skip(next).Take(articles[a].Inputs.Length).ToArray();
                next += articles[a].Inputs.Length;
            }
        });
        return result;
    }

    private float[][][] OutOfFoldSecondPass(IReadOnlyList<TrainingArticle> articles, IReadOnlyDictionary<string, int> foldOf, float[][][] firstPass, double realFraction)
    {
        var result = new float[articles.Count][][];
        foreach (var fold in foldOf.Values.Distinct().Order())
        {
            var kept = TrainingArticlesOf(articles, foldOf, fold, realFraction).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var context = FitContext(new MLContext(seed), articles, firstPass, a => kept.Contains(a.Id));
            for (var a = 0; a < articles.Count; a++)
            {
                if (foldOf[articles[a].Id] == fold)
                {
                    result[a] = context.Apply(firstPass[a], Cues(articles[a]), articles[a].Boilerplate);
                }
            }
        }

        return result;
    }

    private Model.Scoring.ContextModel FitContext(MLContext ml, IReadOnlyList<TrainingArticle> articles, float[][][] firstPass, Func<TrainingArticle, bool> include)
    {
        var rows = new List<(float[], LabelSet, float[])>();
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            if (!include(article))
            {
                continue;
            }

            var weights = LabelSet.All.Select(l => configuration.Weights.Of(article.Provenance, l)).ToArray();
            var summary = ContextFeatures.Summarize(firstPass[a], article.Boilerplate);
            for (var i = 0; i < article.Inputs.Length; i++)
            {
                if (article.Gold[i] is { } gold && !article.Boilerplate[i])
                {
                    rows.Add((ContextFeatures.Of(firstPass[a], Cues(article), article.Boilerplate, i, summary), gold, weights));
                }
            }
        }

        return ContextStacker.Fit(ml, rows, configuration.ContextL2, configuration.ContextTrees);
    }

    private List<TrainingArticle> TrainingArticlesOf(IReadOnlyList<TrainingArticle> articles, IReadOnlyDictionary<string, int> foldOf, int fold, double realFraction)
    {
        var training = articles.Where(a => foldOf[a.Id] != fold).ToList();
        if (realFraction >= 1.0)
        {
            return training;
        }

        var real = training.Where(IsThresholdSource).Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();
        new Random(seed + fold).Shuffle(real);
        var kept = real.Take((int)Math.Ceiling(real.Length * realFraction)).ToHashSet(StringComparer.Ordinal);
        return training.Where(a => !IsThresholdSource(a) || kept.Contains(a.Id)).ToList();
    }

    private bool IsThresholdSource(TrainingArticle article) => configuration.ThresholdSources.Contains(article.Provenance);

    private LabelSet[] Honest(List<LabeledExample> examples, List<float[]> oof, IReadOnlyDictionary<string, int> foldOf)
    {
        var predictions = new LabelSet[examples.Count];
        foreach (var fold in foldOf.Values.Distinct())
        {
            var (probabilities, gold) = ThresholdRows(examples, oof, e => foldOf[e.ArticleId] != fold);
            var thresholds = ThresholdTuner.Tune(probabilities, gold);
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[examples[i].ArticleId] == fold)
                {
                    predictions[i] = examples[i].IsBoilerplate ? LabelSet.None : ThresholdTuner.Apply(oof[i], thresholds);
                }
            }
        }

        return predictions;
    }

    /// <summary>The rows thresholds are tuned on: those of the threshold sources, or all when there are none of them.</summary>
    private (List<float[]> Probabilities, List<LabelSet> Gold) ThresholdRows(List<LabeledExample> examples, List<float[]> oof, Func<LabeledExample, bool> include)
    {
        var any = examples.Any(e => configuration.ThresholdSources.Contains(e.Provenance));
        var indexes = Enumerable.Range(0, examples.Count)
            .Where(i => include(examples[i]) && !examples[i].IsBoilerplate && (!any || configuration.ThresholdSources.Contains(examples[i].Provenance))
                && (configuration.ThresholdSelection is null || examples[i].Selection == configuration.ThresholdSelection))
            .ToList();
        return (indexes.ConvertAll(i => oof[i]), indexes.ConvertAll(i => examples[i].Gold));
    }

    private static float[][] Cues(TrainingArticle article) => [.. article.Inputs.Select(i => i.Cues)];

    private static LabeledExample ToExample(ModelInput input) => new() { Text = input.Text, Context = input.Context, Cues = input.Cues };
}
