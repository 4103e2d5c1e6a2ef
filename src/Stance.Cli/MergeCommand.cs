using Stance.Cli.Formatting;
using Stance.Cli.Parsing;
using Stance.Cli.Parquet;
using Stance.Model.Batch;
using Stance.Model.Input;

namespace Stance.Cli;

/// <summary><c>stance merge</c>: combines shard outputs into one, checking for duplicated and missing articles.</summary>
internal static class MergeCommand
{
    private const int ListedProblems = 20;

    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var shards = Declare.Some("SHARD_OUTPUT", "outputs of 'stance batch --shard K/N' runs: jsonl, tsv, csv or parquet, all of one format");
        var output = Declare.Value("--out", "FILE", "the merged output, in the shards' format, in path order");
        output.Required = true;
        var format = Declare.Choice("--format", "the format when the extension of --out does not say", "jsonl", "tsv", "csv", "parquet");
        var expect = Declare.Many("--expect", "PATH", "the batch's own PATHs: every article file under them must be in an output or an errors file");
        var include = Declare.Repeated("--include", "GLOB", "with --expect, the batch's --include (repeatable)");
        var exclude = Declare.Repeated("--exclude", "GLOB", "with --expect, the batch's --exclude (repeatable)");
        var force = Declare.Flag("--force", "overwrite an existing output");
        return new StanceCommand("merge", "Combines the outputs of 'stance batch --shard K/N' runs into one file.", shards, output, format, expect, include, exclude, force)
        {
            Notes = """
                The merged file has the shards' format and lists the articles in path order.
                Refuses (exit 9, nothing written) a shard of another format or header, an unfinished shard,
                shards whose run records (SHARD.run.json) differ in model or parameters or split, an
                article that appears twice, or, with --expect and the batch's own PATHs and filters, an
                article file that is in no output and no errors file.
                """,
            Run = r => Run(r.GetValue(shards)!, r.GetValue(output)!, r.GetValue(format), r.GetValue(expect) ?? [], r.GetValue(include) ?? [], r.GetValue(exclude) ?? [], r.GetValue(force), cli.Stdout, cli.Stderr),
        };
    }

    private static int Run(List<string> shards, string output, string? format, List<string> expect, List<string> include, List<string> exclude, bool force, TextWriter stdout, TextWriter stderr)
    {
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
