using Stance.Model.Labels;

namespace Stance.Training.Evaluation;

/// <summary>Chooses per-label probability thresholds that maximise F1 on out-of-fold predictions.</summary>
public static class ThresholdTuner
{
    private const double Lowest = 0.05;
    private const double Highest = 0.95;
    private const double Step = 0.01;

    /// <summary>Best threshold per label (canonical order) for <paramref name="probabilities"/> against <paramref name="gold"/>.</summary>
    public static double[] Tune(IReadOnlyList<float[]> probabilities, IReadOnlyList<LabelSet> gold)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(gold);
        var thresholds = new double[LabelSet.All.Count];
        foreach (var label in LabelSet.All)
        {
            var index = (int)label;
            var bestF1 = -1.0;
            var best = 0.5;
            for (var t = Lowest; t <= Highest + 1e-9; t += Step)
            {
                int tp = 0, fp = 0, fn = 0;
                for (var i = 0; i < gold.Count; i++)
                {
                    var g = gold[i].Contains(label);
                    var p = probabilities[i][index] >= t;
                    tp += g && p ? 1 : 0;
                    fp += !g && p ? 1 : 0;
                    fn += g && !p ? 1 : 0;
                }

                var f1 = MultiLabelMetrics.F1(tp, fp, fn);

                // Ties go to the threshold nearest 0.5, the least surprising choice.
                if (f1 > bestF1 + 1e-12 || (Math.Abs(f1 - bestF1) <= 1e-12 && Math.Abs(t - 0.5) < Math.Abs(best - 0.5)))
                {
                    bestF1 = f1;
                    best = t;
                }
            }

            thresholds[index] = Math.Round(best, 2);
        }

        return thresholds;
    }

    /// <summary>Applies thresholds to probabilities.</summary>
    public static LabelSet Apply(float[] probabilities, IReadOnlyList<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(thresholds);
        var set = LabelSet.None;
        foreach (var label in LabelSet.All)
        {
            if (probabilities[(int)label] >= thresholds[(int)label])
            {
                set = set.With(label);
            }
        }

        return set;
    }
}
