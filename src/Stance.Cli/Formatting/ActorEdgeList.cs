using System.Globalization;
using Stance.Model.Attribution;

namespace Stance.Cli.Formatting;

/// <summary>
/// Writes the "who accuses whom" graph as a CSV edge list (source, target, move, count, example,
/// source_type, target_type): RFC 4180, UTF-8, one row per (source, target, move). Loads as is in
/// pandas (read_csv), networkx (from_pandas_edgelist) and Gephi (Source/Target/Weight are matched
/// case-insensitively; use count as the weight).
/// </summary>
internal static class ActorEdgeList
{
    /// <summary>The header line.</summary>
    public const string Header = "source,target,move,count,example,source_type,target_type";

    /// <summary>Writes every edge of <paramref name="graph"/>, most frequent first.</summary>
    public static void Write(ActorGraph graph, TextWriter writer)
    {
        writer.Write(Header + "\n");
        foreach (var e in graph.Edges())
        {
            writer.Write(string.Join(',', Field(e.Source.Canonical), Field(e.Target.Canonical), e.Move, e.Count.ToString(CultureInfo.InvariantCulture),
                Field(e.Example), ActorTypes.NameOf(e.Source.Type), ActorTypes.NameOf(e.Target.Type)) + "\n");
        }
    }

    private static string Field(string value)
    {
        var flat = value.Replace('\n', ' ').Replace('\r', ' ');
        return flat.IndexOfAny([',', '"']) < 0 ? flat : "\"" + flat.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
