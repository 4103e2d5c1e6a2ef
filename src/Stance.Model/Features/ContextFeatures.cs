using Stance.Model.Labels;

namespace Stance.Model.Features;

/// <summary>
/// The second pass's features of a sentence: the first pass's label probabilities of the
/// sentence itself and of its neighbours, as log-odds. A denial usually answers the accusation
/// just before it, and a sentence of an exchange reads differently from one of a casualty report.
/// Boilerplate neighbours are passed over.
/// </summary>
public static class ContextFeatures
{
    private const float LogitClamp = 8f;
    private const int Window = 3;

    /// <summary>Names of the features, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [
            .. LabelSet.Names.Select(n => $"this sentence: {n}"),
            .. LabelSet.Names.Select(n => $"previous sentence: {n}"),
            .. LabelSet.Names.Select(n => $"next sentence: {n}"),
            .. LabelSet.Names.Select(n => $"strongest of the {Window} before: {n}"),
            "has a previous sentence",
            "has a next sentence",
            .. LabelSet.Names.Select(n => $"article mean: {n}"),
            .. LabelSet.Names.Select(n => $"article strongest: {n}"),
            .. ModelInputBuilder.CueSlotNames.Take(OwnCueSlots).Select(n => $"this sentence {n}"),
        ];

    /// <summary>The sentence's own cue-group and layout slots of <see cref="ModelInput.Cues"/> the second pass sees.</summary>
    private const int OwnCueSlots = 12;

    /// <summary>Length of a feature vector (the length of <see cref="Names"/>).</summary>
    public const int Count = 38;

    /// <summary>The features of sentence <paramref name="index"/> given every sentence's first-pass probabilities and cue vectors.</summary>
    public static float[] Of(IReadOnlyList<IReadOnlyList<float>> firstPass, IReadOnlyList<float[]> cues, IReadOnlyList<bool>? boilerplate, int index) =>
        Of(firstPass, cues, boilerplate, index, Summarize(firstPass, boilerplate));

    /// <summary>
    /// The article-level part of the features (mean and strongest first-pass log-odds per label
    /// over the content sentences), computed once per article.
    /// </summary>
    public static float[] Summarize(IReadOnlyList<IReadOnlyList<float>> firstPass, IReadOnlyList<bool>? boilerplate)
    {
        ArgumentNullException.ThrowIfNull(firstPass);
        var labels = LabelSet.All.Count;
        var summary = new float[2 * labels];
        var content = Enumerable.Range(0, firstPass.Count).Where(i => boilerplate is null || !boilerplate[i]).ToList();
        if (content.Count > 0)
        {
            for (var l = 0; l < labels; l++)
            {
                summary[l] = Logit(content.Average(i => firstPass[i][l]));
                summary[labels + l] = content.Max(i => Logit(firstPass[i][l]));
            }
        }

        return summary;
    }

    /// <summary>As <see cref="Of(IReadOnlyList{IReadOnlyList{float}}, IReadOnlyList{float[]}, IReadOnlyList{bool}?, int)"/>, with the article's <see cref="Summarize"/> given.</summary>
    public static float[] Of(IReadOnlyList<IReadOnlyList<float>> firstPass, IReadOnlyList<float[]> cues, IReadOnlyList<bool>? boilerplate, int index, float[] summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(firstPass);
        ArgumentNullException.ThrowIfNull(cues);
        var labels = LabelSet.All.Count;
        var features = new float[Count];
        for (var l = 0; l < labels; l++)
        {
            features[l] = Logit(firstPass[index][l]);
        }

        // The (up to) Window content sentences before, nearest first, and the next one after.
        Span<int> before = stackalloc int[Window];
        var count = 0;
        for (var i = index - 1; i >= 0 && count < Window; i--)
        {
            if (boilerplate is null || !boilerplate[i])
            {
                before[count++] = i;
            }
        }

        var after = -1;
        for (var i = index + 1; i < firstPass.Count; i++)
        {
            if (boilerplate is null || !boilerplate[i])
            {
                after = i;
                break;
            }
        }

        if (count > 0)
        {
            for (var l = 0; l < labels; l++)
            {
                features[labels + l] = Logit(firstPass[before[0]][l]);
                features[(3 * labels) + l] = Strongest(firstPass, before[..count], l);
            }

            features[4 * labels] = 1f;
        }

        if (after >= 0)
        {
            for (var l = 0; l < labels; l++)
            {
                features[(2 * labels) + l] = Logit(firstPass[after][l]);
            }

            features[(4 * labels) + 1] = 1f;
        }

        summary.CopyTo(features, (4 * labels) + 2);

        for (var c = 0; c < OwnCueSlots; c++)
        {
            features[(6 * labels) + 2 + c] = cues[index][c];
        }

        return features;
    }

    // The largest log-odds, as Enumerable.Max computes it over floats (a NaN only when all are).
    private static float Strongest(IReadOnlyList<IReadOnlyList<float>> firstPass, ReadOnlySpan<int> sentences, int label)
    {
        var strongest = float.NaN;
        foreach (var i in sentences)
        {
            var value = Logit(firstPass[i][label]);
            if (value > strongest || float.IsNaN(strongest))
            {
                strongest = value;
            }
        }

        return strongest;
    }

    private static float Logit(float p)
    {
        var clamped = Math.Clamp(p, 1e-6f, 1 - 1e-6f);
        return Math.Clamp(MathF.Log(clamped / (1 - clamped)), -LogitClamp, LogitClamp);
    }
}
