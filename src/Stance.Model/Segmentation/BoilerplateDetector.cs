using System.Text.RegularExpressions;

namespace Stance.Model.Segmentation;

/// <summary>
/// Recognises site furniture: share buttons, mirror addresses, "Read more" links, and the
/// headline lists that follow a "See also" or "You might also like".
/// </summary>
internal sealed class BoilerplateDetector
{
    private const int MaxRelatedHeadlineWords = 25;

    private static readonly Lazy<BoilerplateDetector> Instance = new(() => new BoilerplateDetector(
        EmbeddedResources.ReadLines("Segmentation/boilerplate.txt")
            .Select(pattern => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToArray()));

    private static readonly Regex RelatedHeader = new(
        @"^(see also|you (might|may) also like|related( articles| stories| news)?|more (from|on|stories)\b.*|recommended|most read|trending)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly Regex[] _patterns;

    private BoilerplateDetector(Regex[] patterns) => _patterns = patterns;

    public static BoilerplateDetector Default => Instance.Value;

    /// <summary>Flags each sentence text; <paramref name="texts"/> are in article order.</summary>
    public bool[] Detect(IReadOnlyList<string> texts)
    {
        var flags = new bool[texts.Count];
        var inRelatedList = false;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (RelatedHeader.IsMatch(text))
            {
                flags[i] = true;
                inRelatedList = true;
                continue;
            }

            if (inRelatedList && IsHeadlineLike(text))
            {
                flags[i] = true;
                continue;
            }

            inRelatedList = false;
            flags[i] = IsBoilerplate(text);
        }

        return flags;
    }

    /// <summary>True when one sentence on its own matches a boilerplate pattern.</summary>
    public bool IsBoilerplate(string text) => _patterns.Any(pattern => pattern.IsMatch(text));

    private static bool IsHeadlineLike(string text) =>
        text.Length > 0 && !Punctuation.IsTerminal(text[^1]) && !Punctuation.IsCloser(text[^1]) && Text.Words.Count(text) <= MaxRelatedHeadlineWords;
}
