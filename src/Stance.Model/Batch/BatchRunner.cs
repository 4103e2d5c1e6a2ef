using System.Diagnostics;
using System.Globalization;
using System.Text;
using Stance.Model.Input;
using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Model.Batch;

/// <summary>
/// Labels folders of articles: all cores, bounded memory (a chunk of files at a time), output
/// in path order whatever the thread count, bad files reported and skipped, outputs appearing
/// only whole (partial files renamed at the end), and a journal that lets an interrupted run
/// resume without losing or duplicating an article.
/// </summary>
public sealed class BatchRunner(ArticleScorer scorer, IBatchRecordWriter writer, BatchOptions options)
{
    /// <summary>The file beside the output that lists skipped files.</summary>
    public static string ErrorsPath(string output) => output + ".errors.tsv";

    /// <summary>The journal of an unfinished run.</summary>
    public static string JournalPath(string output) => output + ".journal";

    /// <summary>The record of what the run was asked, kept beside the output.</summary>
    public static string RunRecordPath(string output) => BatchRunRecord.PathFor(output);

    /// <summary>Runs the batch; stops cleanly between chunks when <paramref name="cancel"/> fires.</summary>
    /// <param name="summaryPath">Optional per-article summary file (TSV).</param>
    /// <param name="progress">Progress after each chunk, or null.</param>
    /// <param name="onLabeled">Called for each article labeled by this process, in output order (e.g. to write report pages).</param>
    /// <param name="onTotals">Called for every finished article of the whole run, restored from the journal or new, in path order.</param>
    /// <param name="cancel">Stops the run; the journal is left for --resume.</param>
    /// <exception cref="BatchException">The output exists, the location is not writable, there is nothing to resume, the resume asks something else than the interrupted run, or nothing is selected.</exception>
    /// <exception cref="ArticleReadException">An input path does not exist.</exception>
    public BatchReport Run(string? summaryPath = null, IProgress<BatchProgress>? progress = null, Action<ArticleRecord>? onLabeled = null, Action<ArticleTotals>? onTotals = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(options.OutputPath);
        var summaryFull = summaryPath is null ? null : Path.GetFullPath(summaryPath);
        CheckOutput(output, summaryFull);
        var discovery = FileDiscovery.Discover(options, [.. OwnFiles(output, summaryFull), .. options.OwnOutputs]);
        if (discovery.Selected == 0)
        {
            throw new BatchException(NothingSelected(discovery), BatchProblem.NothingSelected);
        }

        var files = discovery.Files;
        var record = new BatchRunRecord(RunParameters(summaryFull));
        CheckResume(output, record);

        var errors = new List<(string Path, string Reason)>(discovery.Problems);
        var warnings = new List<(string Path, string Message)>();
        var folders = new SortedDictionary<string, FolderTotals>(StringComparer.Ordinal);
        long sentences = 0, contentSentences = 0;
        var skipped = 0;

        using var journal = BatchJournal.Open(JournalPath(output), options.Resume);
        if (!options.Resume || journal.Done.Count == 0)
        {
            record.Write(RunRecordPath(output));
        }

        foreach (var path in files)
        {
            if (journal.Done.TryGetValue(path, out var entry))
            {
                Count(entry);
            }
        }

        void Count(JournalEntry entry)
        {
            if (entry.Totals is { } totals)
            {
                sentences += totals.Sentences;
                contentSentences += totals.ContentSentences;
                Add(folders, FolderOf(totals.Path), totals);
                onTotals?.Invoke(totals);
            }
            else
            {
                errors.Add((entry.Path, entry.Error ?? string.Empty));
                skipped++;
            }
        }

        var targets = new[] { output, ErrorsPath(output), summaryFull };
        var streams = targets.Select((t, i) => t is null ? null : OpenPartial(t + ".partial", journal.Lengths[i], options.Resume && journal.Done.Count > 0)).ToArray();
        try
        {
            if (streams[0]!.Length == 0)
            {
                Write(streams[0]!, writer.Header);
                Write(streams[1]!, ErrorsHeader + string.Concat(discovery.Problems.Select(p => $"{TabularField.Quote(p.Path)}\t{TabularField.Quote(OneLine(p.Reason))}\n")));
                if (streams[2] is { } summary)
                {
                    Write(summary, SummaryHeader);
                }
            }

            var pending = files.Where(f => !journal.Done.ContainsKey(f)).ToList();
            var done = files.Count - pending.Count;
            var cancelled = false;
            foreach (var chunk in pending.Chunk(Math.Max(1, options.ChunkSize)))
            {
                var results = new (ArticleRecord? Record, string? Error, string? Warning)[chunk.Length];
                try
                {
                    Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancel }, i =>
                        results[i] = Label(chunk[i]));
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                    break;
                }

                var journalEntries = new List<JournalEntry>(chunk.Length);
                var text = new StringBuilder();
                var errorText = new StringBuilder();
                var summaryText = new StringBuilder();
                for (var i = 0; i < chunk.Length; i++)
                {
                    if (results[i].Warning is { } warning)
                    {
                        warnings.Add((chunk[i], warning));
                    }

                    if (results[i].Record is { } labeled)
                    {
                        text.Append(writer.Format(labeled));
                        onLabeled?.Invoke(labeled);
                        summaryText.Append(SummaryRow(labeled));
                        var entry = new JournalEntry(labeled.Path, TotalsOf(labeled), null);
                        Count(entry);
                        journalEntries.Add(entry);
                    }
                    else
                    {
                        var entry = new JournalEntry(chunk[i], null, results[i].Error!);
                        Count(entry);
                        errorText.Append(CultureInfo.InvariantCulture, $"{TabularField.Quote(chunk[i])}\t{TabularField.Quote(OneLine(results[i].Error!))}\n");
                        journalEntries.Add(entry);
                    }
                }

                Write(streams[0]!, text.ToString());
                Write(streams[1]!, errorText.ToString());
                if (streams[2] is { } summaryStream)
                {
                    Write(summaryStream, summaryText.ToString());
                }

                foreach (var stream in streams)
                {
                    stream?.Flush(flushToDisk: true);
                }

                journal.Commit(journalEntries, streams.Select(s => s?.Length ?? 0).ToArray());
                done += chunk.Length;
                progress?.Report(new BatchProgress(done, files.Count, skipped, clock.Elapsed));
                if (cancel.IsCancellationRequested && done < files.Count)
                {
                    cancelled = true;
                    break;
                }
            }

            var errorsWritten = streams[1]!.Length > ErrorsHeader.Length;
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }

            if (!cancelled)
            {
                Finish(targets, journal, errorsWritten);
            }

            return new BatchReport(files.Count, done, done - skipped, errors, sentences, contentSentences, folders, cancelled, clock.Elapsed, discovery, warnings);
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }
        }
    }

    /// <summary>The parameters that define this run's output, compared on --resume and by merge.</summary>
    private Dictionary<string, string> RunParameters(string? summaryFull)
    {
        var parameters = new Dictionary<string, string>(options.Parameters, StringComparer.Ordinal)
        {
            ["inputs"] = string.Join('\n', options.Inputs),
            ["include"] = string.Join('\n', options.Include),
            ["exclude"] = string.Join('\n', options.Exclude),
            ["recursive"] = options.Recursive ? "yes" : "no",
            ["shard"] = options.Shard is { } shard ? $"{shard.K}/{shard.N}" : string.Empty,
            ["summary"] = summaryFull ?? string.Empty,
        };
        return parameters;
    }

    /// <summary>
    /// Refuses to finish a run from what an earlier run left (all articles labeled, only a
    /// conversion left) when this command asks something else than that run did.
    /// </summary>
    /// <param name="summaryPath">This command's --summary, as given to <see cref="Run"/>.</param>
    /// <exception cref="BatchException">With <see cref="BatchProblem.ResumeMismatch"/>, naming each difference.</exception>
    public void CheckSameRun(string? summaryPath)
    {
        var now = new BatchRunRecord(RunParameters(summaryPath is null ? null : Path.GetFullPath(summaryPath)));
        CheckAgainst(Path.GetFullPath(options.OutputPath), now);
    }

    private void CheckResume(string output, BatchRunRecord now)
    {
        if (!options.Resume || !File.Exists(JournalPath(output)))
        {
            return;
        }

        CheckAgainst(output, now);
    }

    private static void CheckAgainst(string output, BatchRunRecord now)
    {
        var before = BatchRunRecord.Read(RunRecordPath(output))
            ?? throw new BatchException($"the interrupted run left no record of its parameters ('{RunRecordPath(output)}'): start over with --force", BatchProblem.ResumeMismatch);
        var differences = before.Differences(now);
        if (differences.Count > 0)
        {
            throw new BatchException(
                $"--resume refused: this command differs from the interrupted run's ({string.Join("; ", differences)}). Run it exactly as before to continue, or start over with --force",
                BatchProblem.ResumeMismatch);
        }
    }

    private static IEnumerable<string> OwnFiles(string output, string? summary)
    {
        string[] files = [output, ErrorsPath(output), JournalPath(output), RunRecordPath(output)];
        foreach (var file in summary is null ? files : [.. files, summary])
        {
            yield return file;
            yield return file + ".partial";
        }
    }

    private string NothingSelected(DiscoveryResult discovery)
    {
        var other = discovery.SkippedByExtension.Values.Sum();
        var details = new List<string>();
        if (other > 0)
        {
            details.Add($"{other} files of other types ({string.Join(", ", discovery.SkippedByExtension.Select(p => $"{p.Key} {p.Value}"))}); Stance reads {string.Join(' ', ArticleReader.Extensions)}");
        }

        if (discovery.Filtered > 0)
        {
            details.Add($"{discovery.Filtered} article files left out by --include/--exclude");
        }

        if (discovery.OwnOutputs > 0)
        {
            details.Add($"{discovery.OwnOutputs} of Stance's own outputs or reports");
        }

        return $"nothing to label in {string.Join(", ", options.Inputs.Select(i => $"'{i}'"))}: {(details.Count == 0 ? "no files at all" : string.Join("; ", details))}";
    }

    private static ArticleTotals TotalsOf(ArticleRecord record) =>
        new(record.Path, record.Sha256, record.Result.Sentences.Count, record.Result.ContentSentences, record.Result.Summary.Select(l => l.Count).ToArray());

    private const string ErrorsHeader = "path\treason\n";

    private const string SummaryHeader = "path\tsentences\tcontent_sentences\taccuse\tdeny\tdeflect\tcite_evidence\tshare_accuse\tshare_deny\tshare_deflect\tshare_cite_evidence\n";

    private void CheckOutput(string output, string? summaryPath)
    {
        var directory = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(directory))
        {
            throw new BatchException($"the output folder '{directory}' does not exist");
        }

        var journal = JournalPath(output);
        if (options.Resume)
        {
            if (!File.Exists(journal) && File.Exists(output))
            {
                throw new BatchException($"'{output}' is complete: there is nothing to resume");
            }

            return;
        }

        if (options.Force)
        {
            return;
        }

        if (File.Exists(journal))
        {
            throw new BatchException($"an interrupted run left '{journal}': continue it with --resume, or start over with --force");
        }

        foreach (var path in new[] { output, summaryPath }.OfType<string>())
        {
            if (File.Exists(path))
            {
                throw new BatchException($"'{path}' already exists: use --force to overwrite it, or --resume to continue an interrupted run");
            }
        }
    }

    private (ArticleRecord?, string?, string?) Label(string path)
    {
        try
        {
            var article = ArticleReader.Read(path, options.Reader);
            var result = scorer.Score(path, article.Text, new ScoringOptions { ExplainTop = options.ExplainTop });
            // An article with no sentence would have no row in TSV, CSV or Parquet: it is listed as
            // skipped, with why, rather than counted as labeled and silently absent.
            return result.Sentences.Count == 0
                ? (null, "no sentence to label (nothing but markup, furniture or symbols)", null)
                : (new ArticleRecord(path, article.Sha256, result), null, article.Warning);
        }
        catch (ArticleReadException e)
        {
            return (null, e.Message.StartsWith(path, StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message, null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A reader library failing on one odd file must not stop the other thousands: the file is
            // reported and skipped like any unreadable one, with what went wrong.
            return (null, $"could not be read ({e.GetType().Name}: {e.Message})", null);
        }
    }

    /// <summary>The top-level folder (outlet) an article belongs to: its input folder plus the first sub-folder.</summary>
    public string FolderOf(string path)
    {
        foreach (var input in options.Inputs)
        {
            var root = Path.GetFullPath(input);
            var full = Path.GetFullPath(path);
            if (full == root)
            {
                return input;
            }

            if (full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                var relative = Path.GetRelativePath(root, full);
                var first = relative.Split(Path.DirectorySeparatorChar)[0];
                return first == relative ? input : Path.Combine(input, first);
            }
        }

        return Path.GetDirectoryName(path) ?? path;
    }

    private static void Add(SortedDictionary<string, FolderTotals> folders, string folder, ArticleTotals article)
    {
        if (!folders.TryGetValue(folder, out var totals))
        {
            folders[folder] = totals = new FolderTotals();
        }

        totals.Articles++;
        totals.AllSentences += article.Sentences;
        totals.Sentences += article.ContentSentences;
        for (var l = 0; l < article.LabelCounts.Count; l++)
        {
            totals.LabelCounts[l] += article.LabelCounts[l];
        }
    }

    private static string SummaryRow(ArticleRecord record)
    {
        var s = record.Result.Summary;
        return string.Create(CultureInfo.InvariantCulture,
            $"{TabularField.Quote(record.Path)}\t{record.Result.Sentences.Count}\t{record.Result.ContentSentences}\t{string.Join('\t', s.Select(l => l.Count))}\t{string.Join('\t', s.Select(l => l.Share.ToString("F4", CultureInfo.InvariantCulture)))}\n");
    }

    private static FileStream OpenPartial(string path, long length, bool resume)
    {
        try
        {
            var stream = new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite);
            if (resume)
            {
                // Drop whatever was written after the last journaled chunk.
                stream.SetLength(Math.Min(length, stream.Length));
                stream.Position = stream.Length;
            }

            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BatchException($"cannot write '{path}': {e.Message}", e);
        }
    }

    private static void Finish(string?[] targets, BatchJournal journal, bool hasErrors)
    {
        File.Move(targets[0] + ".partial", targets[0]!, overwrite: true);
        if (hasErrors)
        {
            File.Move(targets[1] + ".partial", targets[1]!, overwrite: true);
        }
        else
        {
            File.Delete(targets[1] + ".partial");
            File.Delete(targets[1]!);
        }

        if (targets[2] is { } summary)
        {
            File.Move(summary + ".partial", summary, overwrite: true);
        }

        journal.Dispose();
        File.Delete(JournalPath(targets[0]!));
    }

    private static void Write(FileStream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
