using Stance.Cli.Annotation;
using Stance.Cli.Parsing;
using Stance.Model.Annotation;
using Stance.Model.Batch;
using Stance.Model.Data;
using Stance.Model.Input;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary>
/// <c>stance annotate</c>: builds a queue of sentences to label from the user's own articles, or
/// (with --interactive) runs the terminal session that labels it.
/// </summary>
internal static class AnnotateCommand
{
    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var inputs = Declare.Some("PATH", "your articles: folders or files (.txt, .html/.htm, .md)", optional: true);
        var output = Declare.Value("--out", "QUEUE.tsv", "the queue to write");
        var count = Declare.Int("--n", "N", "sentences wanted", 1, 10_000_000, 200);
        var strategy = Declare.Choice("--strategy", "random: whole articles in random order (true base rates, context intact); uncertain: sentences the model is least sure of, at most K per article; mixed: half each (default)", "random", "uncertain", "mixed");
        var perArticle = Declare.Int("--per-article", "K", "most sentences per article for uncertain", 1, 10_000, 3);
        var focus = Declare.Parsed("--focus", "LABELS", "uncertain measured on these labels only, e.g. deny,deflect (rare labels' borderline cases, many of them positives)", ParseLabels);
        var excludeList = Declare.Value("--exclude-list", "FILE", "articles never picked: one path or name per line, or a TSV with a source or corpus_file column (a dev set, an earlier queue)");
        var seed = Declare.Int("--seed", "N", "seed of the random order", 0, int.MaxValue, 42);
        var model = CommonOptions.Model();
        var force = Declare.Flag("--force", "overwrite an existing queue");
        var encoding = CommonOptions.Encoding();
        var interactive = Declare.Value("--interactive", "QUEUE.tsv", "label the queue in the terminal instead (no PATH, no --out): the sentence and the two before it; 1-4 toggle accuse/deny/deflect/cite-evidence, 0 none, Enter or a accept, s skip, u undo, q quit");
        var decisions = Declare.Value("--decisions", "FILE", "with --interactive, where decisions go (default QUEUE.decisions.tsv)");
        return new StanceCommand("annotate", "Picks sentences of your articles to label; --interactive labels them.", inputs, output, count, strategy, perArticle, focus, excludeList, seed, model, force, encoding, interactive, decisions)
        {
            Notes = """
                Two steps, so the model can learn your material:
                  stance annotate PATH... --out QUEUE.tsv [options]   picks the sentences to label
                  stance annotate --interactive QUEUE.tsv             labels them in the terminal
                The queue is a labeled file (LABELS.md columns) with the model's labels pre-filled, its
                probabilities and a reference to the source (corpus, source, start, end, sha256).
                Every decision is appended to QUEUE.decisions.tsv and flushed at once; run the same
                command again to resume. Train with --data QUEUE.decisions.tsv.
                """,
            Run = r => Run(
                r.GetValue(inputs) ?? [], r.GetValue(output), r.GetValue(interactive), r.GetValue(decisions), r.GetValue(model), r.GetValue(force),
                new QueueOptions
                {
                    Encoding = r.GetValue(encoding),
                    Count = r.GetValue(count),
                    Strategy = ParseStrategy(r.GetValue(strategy) ?? "mixed"),
                    PerArticle = r.GetValue(perArticle),
                    Seed = r.GetValue(seed),
                    Focus = r.GetValue(focus) ?? [],
                },
                r.GetValue(excludeList),
                cli),
        };
    }

    private static int Run(List<string> inputs, string? output, string? interactive, string? decisions, string? modelPath, bool force, QueueOptions queue, string? excludeList, CliContext cli)
    {
        var (stdout, stderr) = (cli.Stdout, cli.Stderr);
        var interactiveTerminal = !Console.IsInputRedirected && cli.OutputIsTerminal;
        if (interactive is not null)
        {
            return inputs.Count > 0 || output is not null
                ? throw new UsageException("annotate --interactive QUEUE takes no PATH or --out: it labels an existing queue.")
                : RunInteractive(interactive, decisions ?? DecisionLog.PathFor(interactive), stdout, stderr, interactiveTerminal);
        }

        if (inputs.Count == 0 || output is null)
        {
            throw new UsageException("annotate needs PATH... and --out QUEUE.tsv (or --interactive QUEUE.tsv to label a queue).");
        }

        return BuildQueue(inputs, output, new QueueOptions
        {
            Encoding = queue.Encoding,
            Count = queue.Count,
            Strategy = queue.Strategy,
            PerArticle = queue.PerArticle,
            Seed = queue.Seed,
            Exclude = LoadExclusions(excludeList),
            Focus = queue.Focus,
        }, modelPath, force, stderr);
    }

    private static int BuildQueue(List<string> inputs, string output, QueueOptions options, string? modelPath, bool force, TextWriter stderr)
    {
        OutputGuard.RefuseOverwritingInputs(output, modelPath is null ? inputs : [.. inputs, modelPath]);
        OutputGuard.RefuseOverwritingInputs(DecisionLog.PathFor(output), inputs);
        if (File.Exists(output) && !force)
        {
            throw new CommandFailedException(ExitCodes.OutputNotWritable, $"'{output}' exists; choose another --out or add --force (a queue being labeled keeps its decisions in {DecisionLog.PathFor(output)})");
        }

        var queueFolder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var sources = new List<QueueSource>();
        var problems = new List<(string Path, string Reason)>();
        foreach (var input in inputs)
        {
            var root = File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))! : Path.GetFullPath(input);
            try
            {
                var (files, unreadable) = FileDiscovery.Find(new BatchOptions { Inputs = [input] });
                problems.AddRange(unreadable);
                var corpus = Path.GetRelativePath(queueFolder, root).Replace('\\', '/');
                sources.AddRange(files.Select(f => new QueueSource(f, corpus, Path.GetRelativePath(root, Path.GetFullPath(f)).Replace('\\', '/'))));
            }
            catch (ArticleReadException e)
            {
                throw new CommandFailedException(ExitCodes.InputNotReadable, e.Message);
            }
        }

        var model = ModelLoader.Load(modelPath);
        var result = new QueueBuilder(new ArticleScorer(model), options).Build(sources);
        problems.AddRange(result.Problems);
        foreach (var (path, reason) in problems)
        {
            stderr.WriteLine($"stance: skipped {path}: {reason}");
        }

        try
        {
            AtomicFile.Write(output, writer => QueueFile.Write(writer, result.Rows));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException(ExitCodes.OutputNotWritable, e.Message);
        }

        var random = result.Rows.Count(r => r.Strategy == "random");
        var articles = result.Rows.Select(r => r.Source).Distinct().Count();
        stderr.WriteLine($"{result.Rows.Count} sentences from {articles} articles ({random} from whole random articles, {result.Rows.Count - random} by uncertainty); "
            + $"{result.ArticlesScored} articles scored, {result.ArticlesExcluded} excluded by the list, {problems.Count} skipped. Queue: {output}");
        stderr.WriteLine($"Label it with: stance annotate --interactive {output}");
        return problems.Count > 0 ? ExitCodes.SomeSkipped : ExitCodes.Ok;
    }

    private static int RunInteractive(string queuePath, string logPath, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        IReadOnlyList<QueueRow> queue;
        try
        {
            queue = QueueFile.Read(queuePath);
        }
        catch (LabeledFileException e)
        {
            throw new CommandFailedException(ExitCodes.DataInvalid, $"{queuePath} is not a valid queue:{Environment.NewLine}{e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException(ExitCodes.InputNotReadable, $"cannot read queue '{queuePath}': {e.Message}");
        }

        DecisionLog log;
        try
        {
            log = DecisionLog.Open(logPath);
        }
        catch (LabeledFileException e)
        {
            throw new CommandFailedException(ExitCodes.DataInvalid, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException(ExitCodes.OutputNotWritable, $"cannot open the session log '{logPath}': {e.Message}");
        }

        using (log)
        {
            var session = new AnnotationSession(queue, log);
            var keys = terminal ? (IKeySource)new ConsoleKeySource() : new TextKeySource(Console.In);
            var width = terminal ? SafeWidth() : 100;
            var queueFolder = Path.GetDirectoryName(Path.GetFullPath(queuePath))!;
            var complete = session.IsComplete || new InteractiveAnnotator(session, keys, stdout, new ContextReader(queueFolder), Path.GetFileName(queuePath), width).Run();
            stdout.WriteLine();
            stdout.WriteLine(complete
                ? $"All {session.Total} sentences decided ({session.Accepted} accepted, {session.Skipped} skipped)."
                : $"Stopped at {session.Accepted + session.Skipped} of {session.Total} ({session.Accepted} accepted, {session.Skipped} skipped); run the same command to go on.");
            stdout.WriteLine($"Decisions: {logPath}. Train on them with: stance train --data {logPath}");
            return ExitCodes.Ok;
        }
    }

    private static ExclusionList LoadExclusions(string? path)
    {
        if (path is null)
        {
            return ExclusionList.Empty;
        }

        try
        {
            return ExclusionList.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException(ExitCodes.InputNotReadable, $"cannot read --exclude-list '{path}': {e.Message}");
        }
    }

    private static List<Stance.Model.Labels.StanceLabel> ParseLabels(string text) => text.Split(',').Select(name =>
        Stance.Model.Labels.LabelSet.TryParseLabel(name.Trim(), out var label)
            ? label
            : throw new UsageException($"--focus takes labels joined by ',' from {string.Join(", ", Stance.Model.Labels.LabelSet.Names)}, not '{name}'.")).Distinct().ToList();

    private static SamplingStrategy ParseStrategy(string name) => name switch
    {
        "random" => SamplingStrategy.Random,
        "uncertain" => SamplingStrategy.Uncertain,
        "mixed" => SamplingStrategy.Mixed,
        _ => throw new UsageException($"unknown strategy '{name}': use random, uncertain or mixed."),
    };

    private static int SafeWidth()
    {
        try
        {
            return Math.Max(40, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
