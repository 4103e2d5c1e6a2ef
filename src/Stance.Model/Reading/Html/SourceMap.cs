using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Stance.Model.Reading.Html;

/// <summary>
/// Finds where each text node of a parsed page came from in the original text. AngleSharp
/// records source positions for elements only, so the text between them is matched against
/// the original: markup skipped, character references decoded, CR LF folded, and any
/// remaining disagreement (an unknown entity, a dropped newline) resynchronised a few
/// characters later instead of being given up.
/// </summary>
internal sealed class SourceMap
{
    private const int ResyncWindow = 256;

    // Elements whose content the parser takes as raw text up to their end tag; it may hold anything, '<' included.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    private readonly string _original;
    private readonly Dictionary<IText, CharSpans> _spans = new(ReferenceEqualityComparer.Instance);
    private int _cursor;

    private SourceMap(string original) => _original = original;

    /// <summary>Maps every text node under <paramref name="root"/>; call before anything moves nodes around.</summary>
    public static SourceMap Build(string original, INode root)
    {
        var map = new SourceMap(original);
        map.Walk(root);
        return map;
    }

    /// <summary>Where each character of <paramref name="node"/> came from; null for a node the page did not have (made by a later step).</summary>
    public CharSpans? Spans(IText node) => _spans.GetValueOrDefault(node);

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement element:
                    if (element.SourceReference is { } source && source.Position.Position > 0)
                    {
                        _cursor = Math.Max(_cursor, source.Position.Position - 1);
                    }

                    if (RawText.Contains(element.LocalName))
                    {
                        SkipRawText(element.LocalName);
                    }
                    else
                    {
                        Walk(element);
                    }

                    break;
                case IText text:
                    _spans[text] = Map(text.Data);
                    break;
            }
        }
    }

    /// <summary>Moves past the content and end tag of a script-like element, whose text is never article text.</summary>
    private void SkipRawText(string name)
    {
        var close = _original.IndexOf("</" + name, Math.Min(_cursor + 1, _original.Length), StringComparison.OrdinalIgnoreCase);
        if (close >= 0)
        {
            var gt = _original.IndexOf('>', close);
            _cursor = gt < 0 ? _original.Length : gt + 1;
        }
    }

    private CharSpans Map(string data)
    {
        var spans = new CharSpans(new int[data.Length], new int[data.Length]);
        var p = _cursor;
        var i = 0;
        while (i < data.Length)
        {
            if (p < _original.Length && Step(data, ref i, ref p, spans))
            {
                continue;
            }

            if (!Resync(data, ref i, ref p, spans))
            {
                // Lost: the rest of the node points at where matching stopped.
                for (; i < data.Length; i++)
                {
                    spans.Set(i, p, p);
                }
            }
        }

        _cursor = p;
        return spans;
    }

    /// <summary>Matches data[i] at original position p; false when they disagree.</summary>
    private bool Step(string data, ref int i, ref int p, CharSpans spans)
    {
        var o = _original[p];
        var c = data[i];
        if (o == '\r' && c == '\n')
        {
            var length = p + 1 < _original.Length && _original[p + 1] == '\n' ? 2 : 1;
            spans.Set(i++, p, p + length);
            p += length;
            return true;
        }

        if (o == '&' && TryEntity(p, out var decoded, out var end) && string.CompareOrdinal(data, i, decoded, 0, decoded.Length) == 0)
        {
            for (var k = 0; k < decoded.Length; k++)
            {
                spans.Set(i++, p, end);
            }

            p = end;
            return true;
        }

        // Markup first: a decoded "&lt;" in the text must not match the '<' of the next tag.
        if (o == '<' && SkipMarkup(p) is var after && after > p)
        {
            p = after;
            return true;
        }

        if (o == c)
        {
            spans.Set(i++, p, p + 1);
            p++;
            return true;
        }

        return false;
    }

    /// <summary>Finds the next few characters of data a little further on; the ones skipped map to the gap.</summary>
    private bool Resync(string data, ref int i, ref int p, CharSpans spans)
    {
        for (var skipped = 0; skipped <= 4 && i + skipped < data.Length; skipped++)
        {
            var probe = data.AsSpan(i + skipped, Math.Min(8, data.Length - i - skipped));
            var from = skipped == 0 ? p + 1 : p;
            if (from >= _original.Length)
            {
                return false;
            }

            var window = _original.AsSpan(from, Math.Min(ResyncWindow, _original.Length - from));
            var found = window.IndexOf(probe, StringComparison.Ordinal);
            if (found < 0)
            {
                continue;
            }

            for (var k = 0; k < skipped; k++)
            {
                spans.Set(i++, p, from + found);
            }

            p = from + found;
            return true;
        }

        return false;
    }

    /// <summary>End of the tag, comment, doctype or processing instruction at p, or p when there is none.</summary>
    private int SkipMarkup(int p)
    {
        if (p + 1 >= _original.Length)
        {
            return p;
        }

        var next = _original[p + 1];
        if (_original.AsSpan(p).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = _original.IndexOf("-->", p + 4, StringComparison.Ordinal);
            return close < 0 ? _original.Length : close + 3;
        }

        if (next is '!' or '?' or '/' || char.IsAsciiLetter(next))
        {
            var quote = '\0';
            for (var j = p + 1; j < _original.Length; j++)
            {
                var c = _original[j];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && _original[j - 1] is '=' or ' ')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return j + 1;
                }
            }
        }

        return p;
    }

    private bool TryEntity(int p, out string decoded, out int end)
    {
        decoded = string.Empty;
        end = p;
        var semi = _original.IndexOf(';', p + 1, Math.Min(40, _original.Length - p - 1));
        if (semi < 0 || semi == p + 1)
        {
            return false;
        }

        var body = _original.AsSpan(p + 1, semi - p - 1);
        string? value;
        if (body[0] == '#')
        {
            var hex = body.Length > 1 && body[1] is 'x' or 'X';
            if (!int.TryParse(body[(hex ? 2 : 1)..], hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return false;
            }

            value = code switch
            {
                0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
                _ => char.ConvertFromUtf32(code),
            };
        }
        else
        {
            value = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(body, ";"));
        }

        if (value is null)
        {
            return false;
        }

        decoded = value;
        end = semi + 1;
        return true;
    }
}
