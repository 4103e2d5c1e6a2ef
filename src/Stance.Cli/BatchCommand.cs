using System.Globalization;
using System.Runtime.InteropServices;
using ConsoleTables;
using Stance.Cli.Formatting;
using Stance.Cli.Parsing;
using Stance.Cli.Parquet;
using Stance.Model.Batch;
using Stance.Model.Input;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary><c>stance batch</c>: labels whole folders, resumably.</summary>
internal static class BatchCommand
{
    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var inputs = Declare.Some("PATH", "folders or article files (.txt, .html/.htm, .md); folders are read recursively in path order");
        var output = Declare.Value("--out", "FILE", ".jsonl (one record per article), .tsv, .csv or .parquet (one row per sentence)");
        output.Required = true;
        var format = Declare.Choice("--format", "the output's format when its extension does not say", "jsonl", "tsv", "csv", "parquet");
        var summary = Declare.Value("--summary", "FILE", "one TSV row per article: counts and shares per label");
        var report = Declare.Value("--report", "FILE.html", "an overview page (shares per folder, articles ranked by denial and deflection share, a \"who accuses whom\" matrix of the top 30 actors, skipped files) and one page per article (with its exchange threads)");
        var actors = Declare.Value("--actors", "FILE.csv", "the \"who accuses whom\" edge list: source, target, move, count, example (loads in pandas, networkx, Gephi)");
        var include = Declare.Repeated("--include", "GLOB", "only files whose relative path matches (repeatable), e.g. '**/2016/*.txt'");
        var exclude = Declare.Repeated("--exclude", "GLOB", "skip matching files (repeatable)");
        var noRecursive = Declare.Flag("--no-recursive", "only the files directly in each folder");
        var threads = Declare.Parsed<int?>("--threads", "N", "workers (default: all cores)", text => Declare.WholeNumber("--threads", text, 1, 256));
        var shard = Declare.Parsed<(int, int)?>("--shard", "K/N|auto[/N]", "label only slice K of N (by path hash), for N machines without a coordinator; auto takes K (and N) from a Slurm job array (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX; N must be given there)", text => ShardEnvironment.Parse(text, Environment.GetEnvironmentVariable));
        var resume = Declare.Flag("--resume", "continue an interrupted run (same command); nothing is lost or duplicated");
        var force = Declare.Flag("--force", "overwrite an existing output");
        var encoding = CommonOptions.Encoding();
        var model = CommonOptions.Model();
        var quiet = Declare.Flag("--quiet", "no progress on standard error");
        return new StanceCommand("batch", "Labels every article file under folders, resumably, in shards.", inputs, output, format, summary, report, actors, include, exclude, noRecursive, threads, shard, resume, force, encoding, model, quiet)
        {
            Notes = """
                Bad files are reported, listed in FILE.errors.tsv and skipped (exit 6); the output appears,
                whole, only at the end. Ctrl-C or SIGTERM stops cleanly (exit 130); rerun with --resume.
                FILE.run.json records the run's parameters: a --resume that asks anything else is refused
                (exit 7). Selecting no article file is an error (exit 8).
                """,
            Run = r => Run(
                new Request(r.GetValue(inputs)!, r.GetValue(output)!, r.GetValue(format), r.GetValue(summary), r.GetValue(model), r.GetValue(report), r.GetValue(actors), r.GetValue(include) ?? [], r.GetValue(exclude) ?? []),
                !r.GetValue(noRecursive), r.GetValue(resume), r.GetValue(force), r.GetValue(quiet), r.GetValue(threads) ?? Environment.ProcessorCount, r.GetValue(shard), r.GetValue(encoding), cli),
        };
    }

    private static int Run(Request request, bool recursive, bool resume, bool force, bool quiet, int threads, (int, int)? shard, TextEncoding encoding, CliContext cli)
    {
        var (inputs, output, format, summary, modelPath, reportPath, actorsPath, include, exclude) = request;
        var (stdout, stderr, stderrIsTerminal, stop) = (cli.Stdout, cli.Stderr, cli.StderrIsTerminal, cli.Cancel);
        if (resume && force)
        {
            throw new UsageException("--resume and --force exclude each other.");
        }

        format ??= BatchWriters.FormatOf(output) ?? throw new UsageException($"cannot tell the format from '{output}': name it .jsonl, .tsv, .csv or .parquet, or give --format.");
        var parquet = format == ParquetBatchOutput.Format ? new ParquetBatchOutput(output) : null;
        var writer = BatchWriters.For(parquet is null ? format : "jsonl");

        var model = ModelLoader.Load(modelPath);
        foreach (var (own, option) in new[] { (output, "--out"), (summary, "--summary"), (reportPath, "--report"), (actorsPath, "--actors") })
        {
            if (own is not null)
            {
                OutputGuard.RefuseOverwritingInputs(own, inputs, option);
            }
        }

        var reportPages = reportPath is null ? null : BatchReportWriter.PagesFolderOf(reportPath);
        var options = new BatchOptions
        {
            Inputs = inputs,
            OutputPath = parquet?.StagingPath ?? output,
            Recursive = recursive,
            Include = include,
            Exclude = exclude,
            Threads = threads,
            Resume = resume,
            Force = force,
            Shard = shard,
            ExplainTop = reportPath is null ? 0 : ScoringOptions.Default.ExplainTop,
            Reader = new ArticleReaderOptions { Encoding = encoding },
            OwnOutputs = [.. reportPath is null ? [] : new[] { reportPath, reportPages! }, .. parquet?.OwnFiles ?? []],
            Parameters = new Dictionary<string, string>
            {
                ["format"] = format,
                ["report"] = reportPath is null ? string.Empty : Path.GetFullPath(reportPath),
                ["encoding"] = EncodingOption.NameOf(encoding),
                ["model"] = ModelIdentity.Of(model),
                ["tool"] = ModelIdentity.ToolVersion,
            },
        };

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });

        BatchReport report;
        try
        {
            parquet?.Check(resume, force);
            if (parquet?.OnlyConversionLeft(resume) == true)
            {
                new BatchRunner(new ArticleScorer(model), writer, options).CheckSameRun(summary);
                stdout.WriteLine($"All articles were labeled before; {parquet.Finish()} rows converted. Output: {output}");
                return File.Exists(BatchRunner.ErrorsPath(output)) ? ExitCodes.SomeSkipped : ExitCodes.Ok;
            }

            var progress = quiet ? null : new BatchProgressPrinter(stderr, stderrIsTerminal);
            var runner = new BatchRunner(new ArticleScorer(model), writer, options);
            var htmlReport = reportPath is null ? null : new BatchReportWriter(reportPath, model, runner.FolderOf);
            report = runner.Run(summary, progress, htmlReport is null ? null : htmlReport.Add, htmlReport is null ? null : htmlReport.Remember, cancel.Token);
            progress?.Finish();
            if (!report.Cancelled)
            {
                // Parquet is converted from the journaled JSONL staging file: the actors are read from
                // that file, before the conversion removes it.
                ActorOutputs.Write(parquet?.StagingPath ?? output, parquet is null ? format : "jsonl", actorsPath, htmlReport);
                parquet?.Finish();
                htmlReport?.WriteOverview(report);
            }
        }
        catch (ArticleReadException e)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.InputNotReadable;
        }
        catch (BatchException e) when (e.Problem is not BatchProblem.Output)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return e.Problem == BatchProblem.ResumeMismatch ? ExitCodes.ResumeRefused : ExitCodes.NothingSelected;
        }
        catch (Exception e) when (e is BatchException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.OutputNotWritable;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        PrintPassedOver(report.Discovery, stderr);
        foreach (var (path, message) in report.Warnings)
        {
            stderr.WriteLine($"stance: warning: {path}: {message}");
        }

        foreach (var (path, reason) in report.Errors)
        {
            stderr.WriteLine($"stance: skipped {path}: {reason}");
        }

        if (report.Cancelled)
        {
            stderr.WriteLine($"stance: stopped after {report.Done} of {report.Files} files; nothing is lost. Continue with the same command plus --resume.");
            return ExitCodes.Interrupted;
        }

        PrintFolders(report, stdout);
        var seconds = Math.Max(0.001, report.Elapsed.TotalSeconds);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Labeled} of {report.Files} articles labeled, {report.Errors.Count} skipped{(report.Errors.Count > 0 ? $" (see {BatchRunner.ErrorsPath(output)})" : string.Empty)}; {report.Sentences} sentences ({report.ContentSentences} labeled, the rest boilerplate) in {report.Elapsed.TotalSeconds:F1} s ({report.Files / seconds:F0} articles/s, {report.Sentences / seconds:F0} sentences/s). Output: {output}"));
        return report.Errors.Count > 0 ? ExitCodes.SomeSkipped : ExitCodes.Ok;
    }

    /// <summary>Files not labeled for a reason other than an error: said, with counts, so nothing is dropped silently.</summary>
    private static void PrintPassedOver(DiscoveryResult discovery, TextWriter stderr)
    {
        if (discovery.SkippedByExtension.Count > 0)
        {
            stderr.WriteLine($"stance: {discovery.SkippedByExtension.Values.Sum()} files passed over for their type ({string.Join(", ", discovery.SkippedByExtension.Select(p => $"{p.Key} {p.Value}"))}); Stance reads {string.Join(' ', ArticleReader.Extensions)}");
        }

        if (discovery.Filtered > 0)
        {
            stderr.WriteLine($"stance: {discovery.Filtered} article files left out by --include/--exclude");
        }

        if (discovery.OwnOutputs > 0)
        {
            stderr.WriteLine($"stance: {discovery.OwnOutputs} of Stance's own outputs or reports in the inputs not read as articles");
        }
    }

    private static void PrintFolders(BatchReport report, TextWriter stdout)
    {
        if (report.Folders.Count == 0)
        {
            return;
        }

        var table = new ConsoleTable("folder", "articles", "sentences", "labeled", "accuse", "deny", "deflect", "cite-evidence");
        foreach (var (folder, totals) in report.Folders)
        {
            string Share(int l) => totals.Sentences == 0 ? "-" : (totals.LabelCounts[l] / (double)totals.Sentences).ToString("P1", CultureInfo.InvariantCulture);
            table.AddRow(folder, totals.Articles, totals.AllSentences, totals.Sentences, Share(0), Share(1), Share(2), Share(3));
        }

        stdout.Write(table.ToMinimalString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>The paths batch reads and writes, as given.</summary>
    private sealed record Request(List<string> Inputs, string Output, string? Format, string? Summary, string? ModelPath, string? ReportPath, string? ActorsPath, List<string> Include, List<string> Exclude);
}
