using System.Diagnostics.CodeAnalysis;

namespace Stance.Model.Labels;

/// <summary>A set of <see cref="StanceLabel"/>s; the empty set is written <c>none</c>.</summary>
public readonly record struct LabelSet
{
    /// <summary>The label names as LABELS.md writes them, in canonical order.</summary>
    public static readonly IReadOnlyList<string> Names = ["accuse", "deny", "deflect", "cite-evidence"];

    /// <summary>Every label, in canonical order.</summary>
    public static readonly IReadOnlyList<StanceLabel> All = [StanceLabel.Accuse, StanceLabel.Deny, StanceLabel.Deflect, StanceLabel.CiteEvidence];

    /// <summary>The word for the empty set.</summary>
    public const string NoneName = "none";

    private readonly byte _bits;

    private LabelSet(byte bits) => _bits = bits;

    /// <summary>The empty set.</summary>
    public static LabelSet None => default;

    /// <summary>True when no label is in the set.</summary>
    public bool IsNone => _bits == 0;

    /// <summary>Number of labels in the set.</summary>
    public int Count => System.Numerics.BitOperations.PopCount(_bits);

    /// <summary>A set holding the given labels.</summary>
    public static LabelSet Of(params ReadOnlySpan<StanceLabel> labels)
    {
        var set = None;
        foreach (var label in labels)
        {
            set = set.With(label);
        }

        return set;
    }

    /// <summary>True when <paramref name="label"/> is in the set.</summary>
    public bool Contains(StanceLabel label) => (_bits & (1 << (int)label)) != 0;

    /// <summary>This set plus <paramref name="label"/>.</summary>
    public LabelSet With(StanceLabel label) => new((byte)(_bits | (1 << (int)label)));

    /// <summary>The name of one label as LABELS.md writes it.</summary>
    public static string NameOf(StanceLabel label) => Names[(int)label];

    /// <summary>
    /// The label as a key or column name (<c>cite_evidence</c>): every output names fields in
    /// snake_case, so JSON keys, TSV/CSV columns and DuckDB/pandas identifiers agree; the label as
    /// a value stays its LABELS.md name (<c>cite-evidence</c>).
    /// </summary>
    public static string KeyOf(StanceLabel label) => Names[(int)label].Replace('-', '_');

    /// <summary>Parses one label name; case-sensitive, as in the file format.</summary>
    public static bool TryParseLabel(string name, out StanceLabel label)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                label = (StanceLabel)i;
                return true;
            }
        }

        label = default;
        return false;
    }

    /// <summary>
    /// Parses the labels column: <c>none</c>, or names joined by ',' with no spaces in canonical order.
    /// On failure <paramref name="error"/> says what is wrong, in words a user can act on.
    /// </summary>
    public static bool TryParse(string text, out LabelSet set, [NotNullWhen(false)] out string? error)
    {
        set = None;
        error = null;
        if (text == NoneName)
        {
            return true;
        }

        if (text.Length == 0)
        {
            error = "the labels column is empty (write 'none' for no label)";
            return false;
        }

        var previous = -1;
        foreach (var part in text.Split(','))
        {
            if (part == NoneName)
            {
                error = $"'none' cannot be combined with other labels in '{text}'";
                return false;
            }

            if (!TryParseLabel(part, out var label))
            {
                error = $"unknown label '{part}' (expected none, or some of {string.Join(",", Names)})";
                return false;
            }

            if (set.Contains(label))
            {
                error = $"label '{part}' appears twice in '{text}'";
                return false;
            }

            if ((int)label < previous)
            {
                error = $"labels '{text}' are not in the order {string.Join(",", Names)} (write '{set.With(label)}')";
                return false;
            }

            previous = (int)label;
            set = set.With(label);
        }

        return true;
    }

    /// <summary>Parses the labels column or throws <see cref="FormatException"/>.</summary>
    public static LabelSet Parse(string text) =>
        TryParse(text, out var set, out var error) ? set : throw new FormatException(error);

    /// <summary>The labels column as LABELS.md writes it: <c>none</c> or e.g. <c>accuse,cite-evidence</c>.</summary>
    public override string ToString()
    {
        if (IsNone)
        {
            return NoneName;
        }

        var bits = _bits;
        return string.Join(",", All.Where(label => (bits & (1 << (int)label)) != 0).Select(NameOf));
    }
}
