using Stance.Model.Text;

namespace Stance.Model.Features;

/// <summary>
/// Turns the sentences of one article, in order, into <see cref="ModelInput"/> rows. Context matters:
/// a denial or deflection usually answers the accusation just before it.
/// </summary>
public static class ModelInputBuilder
{
    private const int LayoutFeatures = 3;
    private const float WordsForFullLength = 40f;

    private static int GroupCount => CueLexicon.Groups.Count;

    /// <summary>Builds the rows for one article's sentences (raw text, in reading order).</summary>
    /// <param name="sentences">The sentences' text as segmented (not yet normalised).</param>
    /// <param name="boilerplate">Per sentence, whether it is site boilerplate; null means none is.</param>
    public static ModelInput[] Build(IReadOnlyList<string> sentences, IReadOnlyList<bool>? boilerplate = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var lexicon = CueLexicon.Default;
        var normalized = new string[sentences.Count];
        var cues = new float[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            normalized[i] = TextNormalizer.Normalize(sentences[i]);
            cues[i] = new float[GroupCount];
            lexicon.Measure(normalized[i], cues[i]);
        }

        var rows = new ModelInput[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var vector = new float[ModelInput.CueVectorLength];
            cues[i].CopyTo(vector, 0);
            vector[GroupCount] = Math.Min(1f, Words.Count(normalized[i]) / WordsForFullLength);
            vector[GroupCount + 1] = i == 0 ? 1f : 0f;
            vector[GroupCount + 2] = boilerplate is not null && boilerplate[i] ? 1f : 0f;
            if (i > 0)
            {
                cues[i - 1].CopyTo(vector, GroupCount + LayoutFeatures);
            }

            if (i + 1 < sentences.Count)
            {
                cues[i + 1].CopyTo(vector, (2 * GroupCount) + LayoutFeatures);
            }

            rows[i] = new ModelInput
            {
                Text = MaskNumbers(normalized[i]),
                Context = i > 0 ? MaskNumbers(normalized[i - 1]) : string.Empty,
                Cues = vector,
            };
        }

        return rows;
    }

    /// <summary>
    /// Every run of digits becomes "0": "killed 58 people" and "killed 17 people" then share their
    /// n-grams, which is what matters for a count of harm (the cue lexicon still sees the digits).
    /// </summary>
    public static string MaskNumbers(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (!normalized.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return normalized;
        }

        var builder = new System.Text.StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (char.IsAsciiDigit(normalized[i]))
            {
                if (i == 0 || !char.IsAsciiDigit(normalized[i - 1]))
                {
                    builder.Append('0');
                }
            }
            else
            {
                builder.Append(normalized[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Names of the <see cref="ModelInput.Cues"/> slots, for explanations.</summary>
    public static IReadOnlyList<string> CueSlotNames { get; } =
        [
            .. CueLexicon.Groups.Select(g => $"cue:{g}"),
            "layout:length", "layout:first", "layout:boilerplate",
            .. CueLexicon.Groups.Select(g => $"previous:{g}"),
            .. CueLexicon.Groups.Select(g => $"next:{g}"),
        ];
}
