using Stance.Model.Labels;

namespace Stance.Training.Evaluation;

/// <summary>Inter-annotator agreement on one label: observed agreement, Cohen's kappa, F1 of one pass against the other.</summary>
public sealed record Agreement(string Label, int CountA, int CountB, double Observed, double Kappa, double F1)
{
    /// <summary>Agreement per label between two annotation passes of the same sentences (same order).</summary>
    public static IReadOnlyList<Agreement> Measure(IReadOnlyList<LabelSet> passA, IReadOnlyList<LabelSet> passB)
    {
        ArgumentNullException.ThrowIfNull(passA);
        ArgumentNullException.ThrowIfNull(passB);
        if (passA.Count != passB.Count || passA.Count == 0)
        {
            throw new ArgumentException("both passes must label the same, non-empty list of sentences");
        }

        var n = (double)passA.Count;
        return LabelSet.All.Select(label =>
        {
            int both = 0, onlyA = 0, onlyB = 0;
            for (var i = 0; i < passA.Count; i++)
            {
                var a = passA[i].Contains(label);
                var b = passB[i].Contains(label);
                both += a && b ? 1 : 0;
                onlyA += a && !b ? 1 : 0;
                onlyB += !a && b ? 1 : 0;
            }

            var countA = both + onlyA;
            var countB = both + onlyB;
            var observed = (n - onlyA - onlyB) / n;
            var expected = (countA / n * (countB / n)) + ((1 - (countA / n)) * (1 - (countB / n)));
            var kappa = expected >= 1 ? 1 : (observed - expected) / (1 - expected);
            return new Agreement(LabelSet.NameOf(label), countA, countB, observed, kappa, MultiLabelMetrics.F1(both, onlyB, onlyA));
        }).ToList();
    }
}
