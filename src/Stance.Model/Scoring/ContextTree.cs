namespace Stance.Model.Scoring;

/// <summary>
/// One regression tree of a second pass fitted as a boosted tree ensemble: at each node, a
/// feature at or below the threshold goes left; a negative child <c>~k</c> is leaf k.
/// Leaf values are already scaled into the label's log-odds.
/// </summary>
/// <param name="Feature">Split feature per internal node.</param>
/// <param name="Threshold">Split threshold per internal node.</param>
/// <param name="Left">Child for values at or below the threshold.</param>
/// <param name="Right">Child for values above it.</param>
/// <param name="Leaf">Value per leaf.</param>
public sealed record ContextTree(int[] Feature, float[] Threshold, int[] Left, int[] Right, float[] Leaf)
{
    /// <summary>The leaf value <paramref name="features"/> falls into.</summary>
    public float Evaluate(ReadOnlySpan<float> features)
    {
        if (Feature.Length == 0)
        {
            return Leaf[0];
        }

        var node = 0;
        while (true)
        {
            var child = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            if (child < 0)
            {
                return Leaf[~child];
            }

            node = child;
        }
    }
}
