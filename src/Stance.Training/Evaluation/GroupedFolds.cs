namespace Stance.Training.Evaluation;

/// <summary>Assigns whole articles to cross-validation folds, so no sentence of a test article is seen in training.</summary>
public static class GroupedFolds
{
    /// <summary>Fold index per article id: articles are shuffled with <paramref name="seed"/> and dealt round-robin.</summary>
    public static Dictionary<string, int> Assign(IEnumerable<string> articleIds, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var ids = articleIds.Distinct().Order(StringComparer.Ordinal).ToArray();
        if (ids.Length < folds)
        {
            throw new ArgumentException($"{ids.Length} articles cannot fill {folds} folds");
        }

        new Random(seed).Shuffle(ids);
        return ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i % folds, StringComparer.Ordinal);
    }
}
