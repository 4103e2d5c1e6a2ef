using System.Text.Json;

namespace Stance.Model.Batch;

/// <summary>
/// What a batch run was asked (inputs, filters, format, side outputs, shard, model, tool
/// version), kept beside its output as <c>OUT.run.json</c>. A resume must ask the same, and merge
/// checks that shards agree, so no output ever mixes two runs.
/// </summary>
public sealed class BatchRunRecord
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Creates a record from named parameters (values already normalised: full paths, sorted lists).</summary>
    public BatchRunRecord(IReadOnlyDictionary<string, string> parameters) =>
        Parameters = new SortedDictionary<string, string>(parameters.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);

    /// <summary>Parameter name to value.</summary>
    public SortedDictionary<string, string> Parameters { get; }

    /// <summary>The record kept beside <paramref name="output"/>.</summary>
    public static string PathFor(string output) => output + ".run.json";

    /// <summary>Reads a record, or null when there is none.</summary>
    /// <exception cref="BatchException">The file exists but is not a run record.</exception>
    public static BatchRunRecord? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path), Options)
                ?? throw new JsonException("empty");
            return new BatchRunRecord(parameters);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new BatchException($"'{path}' is not a readable batch run record ({e.Message})");
        }
    }

    /// <summary>Writes the record atomically.</summary>
    public void Write(string path)
    {
        var temporary = path + ".partial";
        File.WriteAllText(temporary, JsonSerializer.Serialize(Parameters, Options) + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Each parameter that differs, as "name: was X, now Y"; <paramref name="ignore"/> names parameters allowed to differ.</summary>
    public IReadOnlyList<string> Differences(BatchRunRecord now, params string[] ignore)
    {
        ArgumentNullException.ThrowIfNull(now);
        return Parameters.Keys.Union(now.Parameters.Keys).Order(StringComparer.Ordinal)
            .Where(k => !ignore.Contains(k))
            .Select(k => (k, Was: Parameters.GetValueOrDefault(k, "(none)"), Now: now.Parameters.GetValueOrDefault(k, "(none)")))
            .Where(d => d.Was != d.Now)
            .Select(d => $"{d.k}: was {Show(d.Was)}, now {Show(d.Now)}")
            .ToList();
    }

    private static string Show(string value) => value.Length == 0 ? "(none)" : value.Replace("\n", ", ", StringComparison.Ordinal);
}
