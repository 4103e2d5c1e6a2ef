namespace Stance.Cli.Formatting;

/// <summary>Greedy word wrapping for table cells; a word longer than the line is split.</summary>
internal static class TextWrapper
{
    /// <summary>The lines of <paramref name="text"/>, none longer than <paramref name="width"/>; at least one (maybe empty).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = line.Length == 0 ? width : width - line.Length - 1;
                if (rest.Length <= room)
                {
                    line.Append(line.Length == 0 ? string.Empty : " ").Append(rest);
                    break;
                }

                if (line.Length > 0 && rest.Length <= width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    continue;
                }

                // A word wider than the column (a URL): fill the line with as much as fits.
                var take = Math.Max(1, room);
                line.Append(line.Length == 0 ? string.Empty : " ").Append(rest.AsSpan(0, take));
                rest = rest[take..];
                lines.Add(line.ToString());
                line.Clear();
            }
        }

        lines.Add(line.ToString());
        return lines.Count > 1 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
