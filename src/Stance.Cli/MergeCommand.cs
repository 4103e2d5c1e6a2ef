using Stance.Cli.Formatting;
using Stance.Cli.Parquet;
using Stance.Model.Batch;
using Stance.Model.Input;

namespace Stance.Cli;

/// <summary><c>stance merge</c>: combines shard outputs into one, checking for duplicated and missing articles.</summary>
internal static class MergeCommand
{
    private const int ListedProblems = 20;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var shards = new List<string>();
        var expect = new List<string>();
        var include = new List<string>();
        var exclude = new List<string>();
        string? output = null, format = null;
        var force = false;
        var reader = new ArgumentReader("merge", args);
        while (reader.Next())
        {
            switch (reader.Option)
            {
                case "-h" or "--help":
                    stdout.Write(Usage.Merge);
                    return ExitCodes.Ok;
                case "--out": output = reader.Value(); break;
                case "--format": format = reader.Value(); break;
                case "--expect": expect.AddRange(reader.Values()); break;
                case "--include": include.Add(reader.Value()); break;
                case "--exclude": exclude.Add(reader.Value()); break;
                case "--force": force = true; break;
                default:
                    if (reader.IsOption)
                    {
                        throw reader.Unknown();
                    }

                    shards.Add(reader.Current);
                    break;
            }
        }

        if (shards.Count == 0 || output is null)
        {
            throw new UsageException("merge needs SHARD_OUTPUT... and --out FILE.");
        }

        format ??= BatchWriters.FormatOf(output) ?? throw new UsageException($"cannot tell the format from '{output}': name it .jsonl, .tsv, .csv or .parquet, or give --format.");
        foreach (var shard in shards.Where(s => !File.Exists(s)))
        {
            stderr.WriteLine($"stance: shard output '{shard}' does not exist");
            return ExitCodes.InputNotReadable;
        }

        OutputGuard.RefuseOverwritingInputs(output, shards);
        if (File.Exists(output) && !force)
        {
            stderr.WriteLine($"stance: '{output}' already exists: use --force to overwrite it");
            return ExitCodes.OutputNotWritable;
        }

        MergeReport report;
        try
        {
            foreach (var warning in ShardInspector.Check(shards, format, BatchWriters.All))
            {
                stderr.WriteLine($"stance: warning: {warning}");
            }

            var expected = expect.Count == 0 ? null : new BatchOptions { Inputs = expect, Include = include, Exclude = exclude };
            report = format == ParquetBatchOutput.Format
                ? ParquetShardMerger.MergeAsync(shards, output, expected).GetAwaiter().GetResult()
                : ShardMerger.Merge(shards, output, BatchWriters.For(format), expected);
        }
        catch (BatchException e) when (e.Problem is BatchProblem.MergeMismatch)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.MergeRefused;
        }
        catch (ArticleReadException e)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.InputNotReadable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BatchException)
        {
            stderr.WriteLine($"stance: cannot merge into '{output}': {e.Message}");
            return ExitCodes.OutputNotWritable;
        }

        if (!report.Ok)
        {
            foreach (var path in report.Duplicates.Take(ListedProblems))
            {
                stderr.WriteLine($"stance: duplicated article {path}");
            }

            foreach (var path in report.Missing.Take(ListedProblems))
            {
                stderr.WriteLine($"stance: missing article {path}");
            }

            stderr.WriteLine($"stance: not merged: {report.Duplicates.Count} duplicated and {report.Missing.Count} missing articles");
            return ExitCodes.MergeRefused;
        }

        stdout.WriteLine($"{report.Articles} articles from {shards.Count} shards merged into {output}; {report.Skipped} files were skipped by the shards{(expect.Count > 0 ? "; none missing" : string.Empty)}.");
        return ExitCodes.Ok;
    }
}
