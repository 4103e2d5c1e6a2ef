using System.Text;
using System.Text.Json;
using Stance.Model.Attribution;
using Stance.Model.Labels;

namespace Stance.Cli.Formatting;

/// <summary>
/// Rebuilds the "who accuses whom" graph from a finished batch output (JSONL, TSV or CSV), so
/// that the graph covers every article of the run, including those labeled before a --resume.
/// </summary>
internal static class ActorGraphLoader
{
    /// <summary>The graph of the batch output <paramref name="path"/> written in <paramref name="format"/>.</summary>
    public static ActorGraph Load(string path, string format)
    {
        var graph = new ActorGraph();
        if (format == "jsonl")
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
            {
                AddJson(graph, line);
            }

            return graph;
        }

        var rows = format == "csv" ? Csv(File.ReadAllText(path)) : File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        if (rows.Count == 0)
        {
            return graph;
        }

        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        int pathCol = Col("path"), id = Col("sentence_id"), labels = Col("labels"), text = Col("text");
        int speaker = Col("speaker"), speakerType = Col("speaker_type"), target = Col("target"), targetType = Col("target_type");
        if (new[] { pathCol, id, labels, text, speaker, speakerType, target, targetType }.Any(c => c < 0))
        {
            throw new InvalidDataException($"'{path}' has no attribution columns (written by an older Stance?)");
        }

        foreach (var article in rows.Skip(1).Where(r => r.Length == header.Length).GroupBy(r => r[pathCol]))
        {
            var sentences = new List<AttributionSentence>();
            var attributions = new List<SentenceAttribution>();
            foreach (var r in article)
            {
                var sid = int.Parse(r[id], System.Globalization.CultureInfo.InvariantCulture);
                sentences.Add(new AttributionSentence(sid, r[text], LabelSet.TryParse(r[labels], out var set, out _) ? set : LabelSet.None));
                if (r[speaker].Length > 0)
                {
                    attributions.Add(new SentenceAttribution(sid, Mention(r[speaker], r[speakerType])!, Mention(r[target], r[targetType]), null));
                }
            }

            graph.Add(article.Key, sentences, attributions);
        }

        return graph;
    }

    private static void AddJson(ActorGraph graph, string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var sentences = new List<AttributionSentence>();
        var attributions = new List<SentenceAttribution>();
        foreach (var s in root.GetProperty("sentences").EnumerateArray())
        {
            var sid = s.GetProperty("id").GetInt32();
            var labels = LabelSet.None;
            foreach (var l in s.GetProperty("labels").EnumerateArray())
            {
                if (LabelSet.TryParseLabel(l.GetString() ?? string.Empty, out var label))
                {
                    labels = labels.With(label);
                }
            }

            sentences.Add(new AttributionSentence(sid, s.GetProperty("text").GetString() ?? string.Empty, labels));
            if (s.TryGetProperty("speaker", out var speaker) && speaker.ValueKind == JsonValueKind.Object)
            {
                var target = s.GetProperty("target");
                attributions.Add(new SentenceAttribution(sid, Mention(speaker)!, target.ValueKind == JsonValueKind.Object ? Mention(target) : null, null));
            }
        }

        graph.Add(root.GetProperty("path").GetString() ?? string.Empty, sentences, attributions);
    }

    private static ActorMention? Mention(JsonElement actor) =>
        Mention(actor.GetProperty("name").GetString() ?? string.Empty, actor.GetProperty("type").GetString() ?? string.Empty);

    private static ActorMention? Mention(string name, string type) =>
        name.Length == 0 ? null : new ActorMention(new Actor(name, ActorTypes.TryParse(type, out var t) ? t : ActorType.Other), null);

    // RFC 4180: quoted fields may hold separators, doubled quotes and line breaks.
    private static List<string[]> Csv(string content)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }
}
