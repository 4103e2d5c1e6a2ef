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
        var decomposed = FoldLatinDiacritics(text);
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

    // Base letters of U+00C0..U+024F (e.g. "è" -> "e"); string.Normalize cannot be relied on
    // under invariant globalization, and ML.NET's featurizer folds these the same way.
    private const int FoldStart = 0x00C0;
    private const string FoldTable = "AAAAAA\u00C6CEEEEIIII\u00D0NOOOOO\u00D7\u00D8UUUUY\u00DE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7\u00F8uuuuy\u00FEyAaAaAaCcCcCcCcDd\u0110\u0111EeEeEeEeEeGgGgGgGgHh\u0126\u0127IiIiIiIiI\u0131\u0132\u0133JjKk\u0138LlLlLl\u013F\u0140\u0141\u0142NnNnNn\u0149\u014A\u014BOoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTt\u0166\u0167UuUuUuUuUuUuWwYyYZzZzZz\u017F\u0180\u0181\u0182\u0183\u0184\u0185\u0186\u0187\u0188\u0189\u018A\u018B\u018C\u018D\u018E\u018F\u0190\u0191\u0192\u0193\u0194\u0195\u0196\u0197\u0198\u0199\u019A\u019B\u019C\u019D\u019E\u019FOo\u01A2\u01A3\u01A4\u01A5\u01A6\u01A7\u01A8\u01A9\u01AA\u01AB\u01AC\u01AD\u01AEUu\u01B1\u01B2\u01B3\u01B4\u01B5\u01B6\u01B7\u01B8\u01B9\u01BA\u01BB\u01BC\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CCAaIiOoUuUuUuUuUu\u01DDAaAa\u00C6\u00E6\u01E4\u01E5GgKkOoOo\u01B7\u0292j\u01F1\u01F2\u01F3Gg\u01F6\u01F7NnAa\u00C6\u00E6\u00D8\u00F8AaAaEeEeIiIiOoOoRrRrUuUuSsTt\u021C\u021DHh\u0220\u0221\u0222\u0223\u0224\u0225AaEeOoOoOoOoYy\u0234\u0235\u0236\u0237\u0238\u0239\u023A\u023B\u023C\u023D\u023E\u023F\u0240\u0241\u0242\u0243\u0244\u0245\u0246\u0247\u0248\u0249\u024A\u024B\u024C\u024D\u024E\u024F";

    private static string FoldLatinDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            builder.Append(c >= FoldStart && c < FoldStart + FoldTable.Length ? FoldTable[c - FoldStart] : c);
        }

        return builder.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';
}
