using Stance.Model.Batch;

namespace Stance.Cli.Parquet;

/// <summary>
/// 'stance batch --format parquet': the batch runs, resumably, into a JSONL staging file beside
/// the output (<c>OUT.staging.jsonl</c>, with its journal), and only a finished run is converted
/// into <c>OUT</c>. The errors file and run record then take the output's own names, so merge,
/// --resume and the cluster scripts see the same files as for the other formats.
/// </summary>
internal sealed class ParquetBatchOutput(string output)
{
    /// <summary>The format's name for --format.</summary>
    public const string Format = "parquet";

    /// <summary>The JSONL file the batch runner writes and journals.</summary>
    public string StagingPath { get; } = output + ".staging.jsonl";

    /// <summary>Files this output adds to the runner's own, never read as articles.</summary>
    public IReadOnlyList<string> OwnFiles =>
        [output, output + ".partial", BatchRunner.ErrorsPath(output), BatchRunner.RunRecordPath(output)];

    /// <summary>Refuses what the runner cannot see for the staging file: an existing output, or a resume of a finished one.</summary>
    /// <exception cref="BatchException">As the runner would for its own output.</exception>
    public void Check(bool resume, bool force)
    {
        var unfinished = File.Exists(StagingPath) || File.Exists(BatchRunner.JournalPath(StagingPath));
        if (resume && File.Exists(output) && !unfinished)
        {
            throw new BatchException($"'{Path.GetFullPath(output)}' is complete: there is nothing to resume");
        }

        if (!resume && !force && File.Exists(output))
        {
            throw new BatchException($"'{Path.GetFullPath(output)}' already exists: use --force to overwrite it, or --resume to continue an interrupted run");
        }
    }

    /// <summary>True when a resumed run stopped while converting: the labels are all there, only the conversion is left.</summary>
    public bool OnlyConversionLeft(bool resume) =>
        resume && File.Exists(StagingPath) && !File.Exists(BatchRunner.JournalPath(StagingPath));

    /// <summary>Converts the finished staging file into the output and gives its side files the output's names.</summary>
    public long Finish()
    {
        var rows = ParquetConverter.FromJsonLinesAsync(StagingPath, output).GetAwaiter().GetResult();
        Rename(BatchRunner.ErrorsPath(StagingPath), BatchRunner.ErrorsPath(output));
        Rename(BatchRunner.RunRecordPath(StagingPath), BatchRunner.RunRecordPath(output));
        File.Delete(StagingPath);
        return rows;
    }

    private static void Rename(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Move(from, to, overwrite: true);
        }
        else
        {
            File.Delete(to);
        }
    }
}
