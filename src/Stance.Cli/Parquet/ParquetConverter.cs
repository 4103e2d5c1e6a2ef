using System.Text;
using System.Text.Json;
using Stance.Model.Labels;

namespace Stance.Cli.Parquet;

/// <summary>
/// Turns the JSONL records of 'stance batch' into the Parquet output: one typed row per
/// sentence. Batch labels into JSONL first (its journal makes it resumable line by line) and
/// converts once at the end, streaming, so the Parquet file appears whole or not at all.
/// </summary>
internal static class ParquetConverter
{
    /// <summary>Converts <paramref name="jsonLines"/> into <paramref name="parquet"/> (written atomically); returns the rows written.</summary>
    /// <exception cref="IOException">A line is not a batch record.</exception>
    public static async Task<long> FromJsonLinesAsync(string jsonLines, string parquet)
    {
        var temporary = parquet + ".partial";
        long rows;
        var writer = await SentenceFileWriter.CreateAsync(temporary).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var number = 0;
            foreach (var line in File.ReadLines(jsonLines, Encoding.UTF8))
            {
                number++;
                await writer.AddAsync(RowsOf(line, jsonLines, number)).ConfigureAwait(false);
            }

            await writer.CompleteAsync().ConfigureAwait(false);
            rows = writer.Rows;
        }

        File.Move(temporary, parquet, overwrite: true);
        return rows;
    }

    /// <summary>Name, type and mention span ("sentence:start-end", as in TSV) of a sentence's speaker or target; nulls when it has none.</summary>
    private static string?[] Actor(JsonElement sentence, string key)
    {
        if (!sentence.TryGetProperty(key, out var actor) || actor.ValueKind != JsonValueKind.Object)
        {
            return [null, null, null];
        }

        // The outlet's own voice, "(reporter)", has no mention.
        var span = actor.TryGetProperty("mention", out var mention) && mention.ValueKind == JsonValueKind.Object
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{mention.GetProperty("sentence").GetInt32()}:{mention.GetProperty("start").GetInt32()}-{mention.GetProperty("end").GetInt32()}")
            : null;
        return [actor.GetProperty("name").GetString(), actor.GetProperty("type").GetString(), span];
    }

    /// <summary>The rows of one JSONL record: one per sentence, or one with null sentence columns for an article without sentences.</summary>
    public static IReadOnlyList<SentenceRow> RowsOf(string line, string file, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var path = root.GetProperty("path").GetString()!;
            var sha256 = root.GetProperty("sha256").GetString()!;
            var articleId = Path.GetFileNameWithoutExtension(path);
            var rows = new List<SentenceRow>();
            foreach (var s in root.GetProperty("sentences").EnumerateArray())
            {
                var labels = LabelSet.None;
                foreach (var name in s.GetProperty("labels").EnumerateArray())
                {
                    labels = labels.With(LabelSet.TryParseLabel(name.GetString()!, out var label) ? label : throw new FormatException($"unknown label '{name}'"));
                }

                var probabilities = s.GetProperty("probabilities");
                rows.Add(new SentenceRow(
                    path, sha256, articleId, s.GetProperty("id").GetInt32(), s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(),
                    s.GetProperty("boilerplate").GetBoolean(), labels.ToString(),
                    [.. LabelSet.All.Select(l => (bool?)labels.Contains(l))],
                    [.. LabelSet.All.Select(l => (double?)probabilities.GetProperty(LabelSet.KeyOf(l)).GetDouble())],
                    [.. Actor(s, "speaker"), .. Actor(s, "target")],
                    s.TryGetProperty("responds_to", out var answers) && answers.ValueKind == JsonValueKind.Number ? answers.GetInt32() : null,
                    s.GetProperty("text").GetString()));
            }

            if (rows.Count == 0)
            {
                rows.Add(new SentenceRow(path, sha256, articleId, null, null, null, null, null, new bool?[LabelSet.All.Count], new double?[LabelSet.All.Count], new string?[6], null, null));
            }

            return rows;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new IOException($"{file}, line {number}: not a batch record ({e.Message})", e);
        }
    }
}
