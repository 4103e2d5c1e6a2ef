using AngleSharp.Dom;

namespace Stance.Model.Reading.Html;

/// <summary>
/// Finds the original text node behind a text node of the extracted article. Usually it is the
/// same object (Readability moves nodes); when Readability had to re-parse the page for a second
/// attempt, the node is a copy and is found by its text, in document order, joining neighbours
/// that the re-parse merged.
/// </summary>
internal sealed class TextNodeMatcher
{
    private const int MergeLookahead = 2000;
    private readonly SourceMap _map;
    private readonly List<IText> _nodes = [];
    private readonly Dictionary<string, List<int>> _byText = new(StringComparer.Ordinal);
    private int _next;

    public TextNodeMatcher(INode root, SourceMap map)
    {
        _map = map;
        foreach (var text in root.Descendants<IText>())
        {
            if (map.Spans(text) is not null)
            {
                if (!_byText.TryGetValue(text.Data, out var list))
                {
                    _byText[text.Data] = list = [];
                }

                list.Add(_nodes.Count);
                _nodes.Add(text);
            }
        }
    }

    /// <summary>The original node (for furniture checks) and where each character came from; null when not found.</summary>
    public (IText Node, CharSpans Spans)? Resolve(IText text)
    {
        if (_map.Spans(text) is { } own)
        {
            return (text, own);
        }

        if (_byText.TryGetValue(text.Data, out var indexes))
        {
            var at = indexes.BinarySearch(_next);
            var index = indexes[at >= 0 ? at : Math.Min(~at, indexes.Count - 1)];
            _next = index + 1;
            return (_nodes[index], _map.Spans(_nodes[index])!);
        }

        return Merged(text.Data);
    }

    private (IText Node, CharSpans Spans)? Merged(string data)
    {
        for (var start = _next; start < Math.Min(_nodes.Count, _next + MergeLookahead); start++)
        {
            var first = _nodes[start].Data;
            if (first.Length == 0 || !data.StartsWith(first, StringComparison.Ordinal))
            {
                continue;
            }

            var spans = new CharSpans(new int[data.Length], new int[data.Length]);
            var filled = 0;
            var k = start;
            while (k < _nodes.Count && filled < data.Length && string.CompareOrdinal(data, filled, _nodes[k].Data, 0, _nodes[k].Data.Length) == 0)
            {
                var part = _map.Spans(_nodes[k])!;
                Array.Copy(part.Starts, 0, spans.Starts, filled, part.Starts.Length);
                Array.Copy(part.Ends, 0, spans.Ends, filled, part.Ends.Length);
                filled += _nodes[k].Data.Length;
                k++;
            }

            if (filled == data.Length)
            {
                _next = k;
                return (_nodes[start], spans);
            }
        }

        return null;
    }
}
