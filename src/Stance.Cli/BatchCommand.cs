using System.Globalization;
using System.Runtime.InteropServices;
using ConsoleTables;
using Stance.Cli.Formatting;
using Stance.Cli.Parquet;
using Stance.Model.Batch;
using Stance.Model.Input;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary><c>stance batch</c>: labels whole folders, resumably.</summary>
internal static class BatchCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false, CancellationToken stop = default)
    {
        var inputs = new List<string>();
        var include = new List<string>();
        var exclude = new List<string>();
        string? output = null, format = null, summary = null, modelPath = null, reportPath = null, actorsPath = null;
        bool recursive = true, resume = false, force = false, quiet = false;
        var threads = Environment.ProcessorCount;
        (int, int)? shard = null;
        var encoding = TextEncoding.Utf8;
        var reader = new ArgumentReader("batch", args);
        while (reader.Next())
        {
            switch (reader.Option)
            {
                case "-h" or "--help":
                    stdout.Write(Usage.Batch);
                    return ExitCodes.Ok;
                case "--out": output = reader.Value(); break;
                case "--format": format = reader.Value(); break;
                case "--summary": summary = reader.Value(); break;
                case "--report": reportPath = reader.Value(); break;
                case "--actors": actorsPath = reader.Value(); break;
                case "--model": modelPath = reader.Value(); break;
                case "--include": include.Add(reader.Value()); break;
                case "--exclude": exclude.Add(reader.Value()); break;
                case "--threads": threads = reader.IntValue(1, 256); break;
                case "--shard": shard = ShardEnvironment.Parse(reader.Value(), Environment.GetEnvironmentVariable); break;
                case "--encoding": encoding = EncodingOption.Parse(reader.Value()); break;
                case "--no-recursive": recursive = false; break;
                case "--resume": resume = true; break;
                case "--force": force = true; break;
                case "--quiet": quiet = true; break;
                default:
                    if (reader.IsOption)
                    {
                        throw reader.Unknown();
                    }

                    inputs.Add(reader.Current);
                    break;
            }
        }

        if (inputs.Count == 0 || output is null)
        {
            throw new UsageException("batch needs PATH... and --out FILE.");
        }

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
}
