using System.Globalization;
using System.Text;

namespace Stance.Model.Text;

/// <summary>
/// Maps clean and punctuation-stripped text to one form, so that "Russia's," and "Russias"
/// give the same features: lower case, apostrophes dropped inside words, every other
/// punctuation mark a space, accents removed, digits kept, white space collapsed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The normal form of <paramref name="text"/>; never null, possibly empty.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            // "don't", "Russia's": the apostrophe goes, the word stays whole, as stripped feeds write it.
            if (IsApostrophe(c) && builder.Length > 0 && !pendingSpace && i + 1 < decomposed.Length && char.IsLetter(decomposed[i + 1]))
            {
                continue;
            }

            // "U.S." and "5.5%" keep their dots and decimals out of the way the same for both forms.
            if (c is '.' or ',' && builder.Length > 0 && !pendingSpace && i + 1 < decomposed.Length && char.IsLetterOrDigit(decomposed[i + 1]) && char.IsLetterOrDigit(decomposed[i - 1]))
            {
                continue;
            }

            pendingSpace = true;
        }

        return builder.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';
}
