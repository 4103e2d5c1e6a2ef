namespace Stance.Model.Segmentation;

/// <summary>The word lists the segmenter relies on, read once from the embedded data files.</summary>
internal sealed class SegmentationLexicon
{
    private const string Folder = "Segmentation/";

    private static readonly Lazy<SegmentationLexicon> Instance = new(Load);

    private SegmentationLexicon(
        Dictionary<string, AbbreviationKind> abbreviations,
        HashSet<string> starters,
        HashSet<string> weakStarters,
        HashSet<string> nonFinal,
        List<(string[] Words, bool Whole)> strippedBoilerplate)
    {
        StrippedBoilerplate = strippedBoilerplate;
        Abbreviations = abbreviations;
        Starters = starters;
        WeakStarters = weakStarters;
        NonFinal = nonFinal;
    }

    public static SegmentationLexicon Default => Instance.Value;

    /// <summary>Lower-cased abbreviation (without its final dot) to its kind.</summary>
    public Dictionary<string, AbbreviationKind> Abbreviations { get; }

    /// <summary>Lower-cased words that almost always start a sentence when capitalised.</summary>
    public HashSet<string> Starters { get; }

    /// <summary>Lower-cased common words that may start a sentence when capitalised.</summary>
    public HashSet<string> WeakStarters { get; }

    /// <summary>Lower-cased words after which a sentence cannot end.</summary>
    public HashSet<string> NonFinal { get; }

    /// <summary>Boilerplate phrases of stripped text (lower-cased words); Whole means the phrase is a unit on its own.</summary>
    public List<(string[] Words, bool Whole)> StrippedBoilerplate { get; }

    private static SegmentationLexicon Load()
    {
        var abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var line in EmbeddedResources.ReadLines(Folder + "abbreviations.txt"))
        {
            var parts = line.Split('\t', 2);
            var kind = Enum.Parse<AbbreviationKind>(parts[0], ignoreCase: true);
            foreach (var word in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                abbreviations[word.ToLowerInvariant()] = kind;
            }
        }

        return new SegmentationLexicon(
            abbreviations,
            EmbeddedResources.ReadWordSet(Folder + "sentence-starters.txt"),
            EmbeddedResources.ReadWordSet(Folder + "common-capitalised-starters.txt"),
            EmbeddedResources.ReadWordSet(Folder + "non-final-words.txt"),
            EmbeddedResources.ReadLines(Folder + "stripped-boilerplate.txt")
                .Select(line => line.Split('\t', 2))
                .Select(parts => (parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[0] == "whole"))
                .ToList());
    }
}
