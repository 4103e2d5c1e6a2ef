namespace Stance.Model.Batch;

/// <summary>
/// Checks that shard outputs belong together before <see cref="ShardMerger"/> combines them:
/// each holds the records of the expected format under its header, is finished, and was written
/// by the same run (same model, inputs and parameters, distinct shards of one split).
/// </summary>
public static class ShardInspector
{
    /// <summary>Parameters that differ between the shards of one run by design.</summary>
    private static readonly string[] PerShardParameters = ["shard", "summary", "report"];

    /// <summary>Throws a <see cref="BatchException"/> (<see cref="BatchProblem.MergeMismatch"/>) naming the first shard that does not fit.</summary>
    /// <param name="shards">Shard output files, in the order given.</param>
    /// <param name="format">The name of the format to merge: one of <paramref name="formats"/>, or <see cref="Parquet"/>.</param>
    /// <param name="formats">Every text format, to name what a mismatched shard holds.</param>
    /// <returns>Warnings that do not stop the merge (for example shards without run records).</returns>
    public static IReadOnlyList<string> Check(IReadOnlyList<string> shards, string format, IReadOnlyList<IBatchRecordWriter> formats)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(formats);
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            if (!seen.Add(Path.GetFullPath(shard)))
            {
                throw Refuse($"'{shard}' is given twice");
            }

            if (File.Exists(BatchRunner.JournalPath(shard)))
            {
                throw Refuse($"'{shard}' is unfinished (its journal '{BatchRunner.JournalPath(shard)}' exists): finish it with 'batch --resume' first");
            }

            CheckFormat(shard, format, formats);
        }

        CheckRunRecords(shards, format, warnings);
        return warnings;
    }

    /// <summary>The name of the binary column format, told apart by its magic bytes.</summary>
    public const string Parquet = "parquet";

    private static void CheckFormat(string shard, string format, IReadOnlyList<IBatchRecordWriter> formats)
    {
        var magic = new byte[4];
        string? first;
        using (var stream = File.OpenRead(shard))
        {
            var read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            using var reader = new StreamReader(stream);
            first = read == 4 && magic.AsSpan().SequenceEqual("PAR1"u8) ? null : reader.ReadLine();
            if (first is null && read == 4)
            {
                Expect(shard, format, Parquet);
                return;
            }
        }

        var text = formats.FirstOrDefault(f => f.Name == format);
        if (first is null)
        {
            if (text is null || text.Header.Length > 0)
            {
                throw Refuse($"'{shard}' is empty: a {format} shard output is never empty");
            }

            return;
        }

        var holds = formats.FirstOrDefault(f => f.Header.Length > 0 && first == f.Header.TrimEnd('\n'))?.Name
            ?? (first.StartsWith('{') ? "jsonl" : null);
        if (holds is null)
        {
            throw Refuse(text is { Header.Length: > 0 }
                ? $"'{shard}' does not start with the {format} header of 'stance batch' (line 1 is '{Clip(first)}')"
                : $"'{shard}' line 1 is not a {format} record of 'stance batch' ('{Clip(first)}')");
        }

        Expect(shard, format, holds);
    }

    private static void Expect(string shard, string format, string holds)
    {
        if (holds != format)
        {
            throw Refuse($"'{shard}' holds {holds} records, not {format}: merge shards of one format (the format comes from --out's extension or --format)");
        }
    }

    private static void CheckRunRecords(IReadOnlyList<string> shards, string format, List<string> warnings)
    {
        var records = shards.Select(s => (Shard: s, Record: BatchRunRecord.Read(BatchRunRecord.PathFor(s)))).ToList();
        var without = records.Where(r => r.Record is null).Select(r => r.Shard).ToList();
        if (without.Count == records.Count)
        {
            warnings.Add($"no shard has a run record ('{BatchRunRecord.PathFor(shards[0])}'): cannot check that they come from one run with one model");
            return;
        }

        if (without.Count > 0)
        {
            throw Refuse($"'{without[0]}' has no run record ('{BatchRunRecord.PathFor(without[0])}') while other shards do: it was not written by the same run");
        }

        var (firstShard, firstRecord) = records[0];
        foreach (var (shard, record) in records)
        {
            if (record!.Parameters.TryGetValue("format", out var written) && written != format)
            {
                throw Refuse($"'{shard}' was written as {written} (its run record says so), not {format}");
            }

            var differences = firstRecord!.Differences(record, PerShardParameters);
            if (differences.Count > 0)
            {
                throw Refuse($"'{shard}' comes from another run than '{firstShard}' ({string.Join("; ", differences)})");
            }
        }

        CheckSplit(records.Select(r => (r.Shard, Split: r.Record!.Parameters.GetValueOrDefault("shard", string.Empty))).ToList());
    }

    private static void CheckSplit(List<(string Shard, string Split)> splits)
    {
        var counts = splits.Select(s => s.Split.Split('/') is [_, var n] ? n : string.Empty).Distinct().ToList();
        if (counts.Count > 1)
        {
            var odd = splits.First(s => !s.Split.EndsWith("/" + counts[0], StringComparison.Ordinal));
            throw Refuse($"'{odd.Shard}' is shard {Show(odd.Split)} of another split than '{splits[0].Shard}' ({Show(splits[0].Split)})");
        }

        foreach (var group in splits.GroupBy(s => s.Split).Where(g => g.Count() > 1))
        {
            throw Refuse($"'{group.ElementAt(1).Shard}' and '{group.First().Shard}' are the same shard ({Show(group.Key)})");
        }
    }

    private static string Show(string split) => split.Length == 0 ? "(unsharded)" : split;

    private static string Clip(string line) => line.Length <= 60 ? line : line[..60] + "...";

    private static BatchException Refuse(string message) => new($"not merged: {message}", BatchProblem.MergeMismatch);
}
