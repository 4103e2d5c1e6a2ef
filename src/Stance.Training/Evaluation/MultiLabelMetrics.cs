using Stance.Model.Labels;

namespace Stance.Training.Evaluation;

/// <summary>Computes multi-label metrics from gold and predicted label sets.</summary>
public static class MultiLabelMetrics
{
    /// <summary>Evaluates <paramref name="predicted"/> against <paramref name="gold"/> (same length and order).</summary>
    public static EvaluationResult Evaluate(string setting, string system, IReadOnlyList<LabelSet> gold, IReadOnlyList<LabelSet> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold sets but {predicted.Count} predictions");
        }

        var perLabel = new List<LabelMetrics>();
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (var label in LabelSet.All)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i].Contains(label);
                var p = predicted[i].Contains(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }

            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
            var precision = Ratio(tp, tp + fp);
            var recall = Ratio(tp, tp + fn);
            perLabel.Add(new LabelMetrics(LabelSet.NameOf(label), precision, recall, F1(tp, fp, fn), tp + fn, tp, fp, fn));
        }

        var exact = gold.Count == 0 ? 0 : gold.Zip(predicted).Count(pair => pair.First == pair.Second) / (double)gold.Count;
        return new EvaluationResult(setting, system, gold.Count, perLabel, perLabel.Average(m => m.F1), F1(tpAll, fpAll, fnAll), exact);
    }

    /// <summary>F1 from counts; 0 when there is nothing to find and nothing predicted is not rewarded.</summary>
    public static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : numerator / (double)denominator;
}
