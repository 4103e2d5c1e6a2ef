using System.Text;
using Stance.Model.Text;

namespace Stance.Model.Reading;

/// <summary>
/// Builds the clean text of a structured document (web page, Markdown) piece by piece, keeping
/// for every character the span of the original text it came from, so that sentences found in
/// the clean text point back into the file the user gave.
/// </summary>
/// <remarks>
/// White space runs collapse to one space; <see cref="BlockBreak"/> puts a blank line between
/// blocks, which the segmenter treats as a hard sentence boundary (headings, list items, captions).
/// </remarks>
internal sealed class MappedTextBuilder(int originalLength)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private int _frontier;

    /// <summary>True when nothing but white space has been appended.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends one character that came from original span [start, end).</summary>
    public void Append(char c, int start, int end)
    {
        c = Normalize(c);
        if (IsInvisible(c))
        {
            return;
        }

        if (char.IsWhiteSpace(c))
        {
            if (_text.Length > 0 && !char.IsWhiteSpace(_text[^1]))
            {
                Emit(' ', start, end);
            }

            return;
        }

        Emit(c, start, end);
    }

    /// <summary>Appends <paramref name="text"/>, all of whose characters came from [start, end) (an entity, an escape).</summary>
    public void Append(string text, int start, int end)
    {
        foreach (var c in text)
        {
            Append(c, start, end);
        }
    }

    /// <summary>Ends the line (a &lt;br&gt; or a hard line break): the segmenter may still join a sentence across it.</summary>
    public void LineBreak() => Break("\n");

    /// <summary>Ends the block: what follows starts a new sentence.</summary>
    public void BlockBreak() => Break("\n\n");

    /// <summary>The clean text with its map to the original.</summary>
    public CleanText Build() => new(_text.ToString(), [.. _starts], [.. _ends], originalLength);

    private void Break(string separator)
    {
        if (_text.Length == 0)
        {
            return;
        }

        var position = _ends[^1];
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
            _starts.RemoveAt(_starts.Count - 1);
            _ends.RemoveAt(_ends.Count - 1);
        }

        var existing = 0;
        while (existing < _text.Length && _text[_text.Length - 1 - existing] == '\n')
        {
            existing++;
        }

        for (var i = existing; i < separator.Length; i++)
        {
            Emit('\n', position, position);
        }
    }

    private void Emit(char c, int start, int end)
    {
        // Offsets never go back: a character whose origin is before text already placed (a
        // node the parser moved, a span a parser got wrong) is pinned where the text has got to,
        // so that sentences stay in file order and never overlap.
        if (start < _frontier)
        {
            (start, end) = (_frontier, _frontier);
        }

        _frontier = Math.Max(_frontier, end);
        _text.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    private static char Normalize(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u202F' or '\t' or '\f' or '\v' or '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' => ' ',
        _ => c,
    };

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' || (char.IsControl(c) && c != ' ');
}
