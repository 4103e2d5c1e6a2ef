using Stance.Cli.Annotation;
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
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactiveTerminal = false)
    {
        var inputs = new List<string>();
        string? output = null, excludeList = null, modelPath = null, interactive = null, decisions = null;
        var encoding = Stance.Model.Input.TextEncoding.Utf8;
        int count = 200, perArticle = 3, seed = 42;
        var strategy = SamplingStrategy.Mixed;
        var force = false;
        var focus = new List<Stance.Model.Labels.StanceLabel>();
        var reader = new ArgumentReader("annotate", args);
        while (reader.Next())
        {
            switch (reader.Option)
            {
                case "-h" or "--help":
                    stdout.Write(Usage.Annotate);
                    return ExitCodes.Ok;
                case "--out": output = reader.Value(); break;
                case "--n": count = reader.IntValue(1, 10_000_000); break;
                case "--strategy": strategy = ParseStrategy(reader.Value()); break;
                case "--per-article": perArticle = reader.IntValue(1, 10_000); break;
                case "--exclude-list": excludeList = reader.Value(); break;
                case "--seed": seed = reader.IntValue(0, int.MaxValue); break;
                case "--encoding": encoding = EncodingOption.Parse(reader.Value()); break;
                case "--model": modelPath = reader.Value(); break;
                case "--force": force = true; break;
                case "--focus": focus = ParseLabels(reader.Value()); break;
                case "--interactive": interactive = reader.Value(); break;
                case "--decisions": decisions = reader.Value(); break;
                default:
                    if (reader.IsOption)
                    {
                        throw reader.Unknown();
                    }

                    inputs.Add(reader.Current);
                    break;
            }
        }

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
            Encoding = encoding,
            Count = count,
            Strategy = strategy,
            PerArticle = perArticle,
            Seed = seed,
            Exclude = LoadExclusions(excludeList),
            Focus = focus,
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
