using System.Net;
using System.Text;

namespace Stance.Model.Text;

/// <summary>
/// Removes the HTML that scraped article text drags along (tags, entities, scripts) in one
/// linear pass, recording where each surviving character came from.
/// </summary>
internal static class HtmlRemnantCleaner
{
    private const int MaxTagLength = 2000;
    private const int MaxEntityLength = 12;

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "table", "hr", "title",
    };

    private static readonly HashSet<string> SkippedContentTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "svg", "iframe", "select",
    };

    public static CleanText Clean(string original)
    {
        var text = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);

        void Emit(char c, int start, int end)
        {
            text.Append(c);
            starts.Add(start);
            ends.Add(end);
        }

        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c == '<' && TryReadTag(original, i, out var tagEnd, out var tagName, out var closing))
            {
                if (!closing && SkippedContentTags.Contains(tagName))
                {
                    tagEnd = SkipElementContent(original, tagEnd, tagName);
                }
                else if (BlockTags.Contains(tagName))
                {
                    Emit('\n', i, tagEnd);
                }

                i = tagEnd;
                continue;
            }

            if (c == '&' && TryReadEntity(original, i, out var entityEnd, out var decoded))
            {
                foreach (var d in decoded)
                {
                    Emit(NormalizeChar(d), i, entityEnd);
                }

                i = entityEnd;
                continue;
            }

            if (c == '\r')
            {
                // \r\n counts as one break; a lone \r (old Mac files) is a break too.
                if (i + 1 < original.Length && original[i + 1] == '\n')
                {
                    i++;
                    continue;
                }

                Emit('\n', i, i + 1);
                i++;
                continue;
            }

            if (IsInvisible(c))
            {
                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                Emit(c, i, i + 2);
                Emit(original[i + 1], i, i + 2);
                i += 2;
                continue;
            }

            Emit(NormalizeChar(c), i, i + 1);
            i++;
        }

        return new CleanText(text.ToString(), [.. starts], [.. ends], original.Length);
    }

    private static char NormalizeChar(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u202F' or '\t' or '\f' or '\v' => ' ',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        _ => c,
    };

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || (char.IsControl(c) && c != '\n' && c != '\t' && c != '\f' && c != '\v');

    private static bool TryReadTag(string s, int i, out int end, out string name, out bool closing)
    {
        end = i;
        name = string.Empty;
        closing = false;
        if (i + 1 >= s.Length)
        {
            return false;
        }

        var j = i + 1;
        if (s[j] == '!' || s[j] == '?')
        {
            // Comments, doctypes and processing instructions.
            var stop = s.StartsWith("<!--", StringComparison.Ordinal) ? s.IndexOf("-->", i + 4, StringComparison.Ordinal) : s.IndexOf('>', j);
            if (stop < 0 || stop - i > MaxTagLength * 10)
            {
                return false;
            }

            end = stop + (s[stop] == '-' ? 3 : 1);
            return true;
        }

        if (s[j] == '/')
        {
            closing = true;
            j++;
        }

        if (j >= s.Length || !char.IsAsciiLetter(s[j]))
        {
            return false;
        }

        var nameStart = j;
        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '-' || s[j] == ':'))
        {
            j++;
        }

        name = s[nameStart..j];
        if (j < s.Length && !(char.IsWhiteSpace(s[j]) || s[j] == '>' || s[j] == '/'))
        {
            return false;
        }

        var quote = '\0';
        for (; j < s.Length && j - i <= MaxTagLength; j++)
        {
            var c = s[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && s[j - 1] == '=')
            {
                quote = c;
            }
            else if (c == '<')
            {
                return false;
            }
            else if (c == '>')
            {
                end = j + 1;
                return true;
            }
        }

        return false;
    }

    private static int SkipElementContent(string s, int from, string tagName)
    {
        var close = s.IndexOf("</" + tagName, from, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return from;
        }

        var gt = s.IndexOf('>', close);
        return gt < 0 ? s.Length : gt + 1;
    }

    private static bool TryReadEntity(string s, int i, out int end, out string decoded)
    {
        end = i;
        decoded = string.Empty;
        var semi = s.IndexOf(';', i + 1, Math.Min(MaxEntityLength, s.Length - i - 1));
        if (semi < 0 || semi == i + 1)
        {
            return false;
        }

        var body = s.AsSpan(i + 1, semi - i - 1);
        foreach (var ch in body)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch == '#'))
            {
                return false;
            }
        }

        var entity = s.Substring(i, semi - i + 1);
        var result = WebUtility.HtmlDecode(entity);
        if (result == entity)
        {
            return false;
        }

        end = semi + 1;
        decoded = result;
        return true;
    }
}
