using System.Diagnostics;
using Stance.Model.Data;

namespace Stance.Cli.Tests;

/// <summary>
/// <c>stance annotate</c> end to end: a queue from a folder, a session in a real terminal
/// (tmux) killed and resumed, and training on its decisions.
/// </summary>
[Collection(SystemPackages.Collection)]
public sealed class AnnotateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-annotate").FullName;

    public AnnotateCommandTests()
    {
        // A corpus of its own (the seeds), so that a test can take it away.
        Directory.CreateDirectory(Corpus);
        foreach (var seed in Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(Corpus, Path.GetFileName(seed)));
        }
    }

    private string Corpus => Path.Combine(_root, "corpus");

    private string Queue => Path.Combine(_root, "work", "queue.tsv");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Builds_a_queue_in_the_labeled_file_format_with_references_and_probabilities()
    {
        var (exit, _, err) = BuildQueue("--n", "20", "--strategy", "mixed");
        Assert.True(exit == 0, err);
        Assert.Contains("sentences from", err, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Queue);
        Assert.Equal("article_id\tsentence_id\tlabels\ttext\tp_accuse\tp_deny\tp_deflect\tp_cite_evidence\tcorpus\tsource\tstart\tend\tsha256\tstrategy", lines[0]);
        var rows = LabeledFileReader.Load(Queue);
        Assert.All(rows, r => Assert.Equal("../corpus", r.Reference!.Corpus));
        Assert.Single(new ReferenceResolver().Resolve(rows.Take(1)));
    }

    [Theory]
    [InlineData(1, "--strategy", "clever")]
    [InlineData(1, "--focus", "blame")]
    [InlineData(2, "--exclude-list", "/nonexistent/list.txt")]
    public void Bad_options_fail_with_their_exit_code_and_write_nothing(int code, string option, string value)
    {
        var (exit, _, err) = BuildQueue(option, value);
        Assert.Equal(code, exit);
        Assert.StartsWith("stance: ", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Queue));
    }

    [Fact]
    public void An_existing_queue_is_not_overwritten_without_force()
    {
        Assert.Equal(0, BuildQueue("--n", "5").Exit);
        var before = File.ReadAllText(Queue);
        var (exit, _, err) = BuildQueue("--n", "9");
        Assert.Equal(5, exit);
        Assert.Contains("--force", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Queue));
    }

    [Fact]
    public void Redirected_keys_drive_a_session_and_the_log_trains_a_model()
    {
        Assert.Equal(0, BuildQueue("--n", "30", "--strategy", "random").Exit);
        var (exit, output) = RunWithInput("1\n2\ns\nu\n\n\n\nq", "annotate", "--interactive", Queue);
        Assert.True(exit == 0, output);
        Assert.Contains("Stopped at 7 of", output, StringComparison.Ordinal);
        var log = Path.Combine(_root, "work", "queue.decisions.tsv");
        var decided = LabeledFileReader.Load(log);
        Assert.Equal(6, decided.Count);

        var tiny = TinyLabeled();
        var model = Path.Combine(_root, "model.zip");
        var (trained, _, err) = CliRunner.Run("train", "--data", tiny, log, "--out", model, "--no-dev", "--no-trials", "--folds", "2", "--no-rates");
        Assert.True(trained == 0, err);
        Assert.Contains($"real {LabeledFileReader.Load(tiny).Count + 6}", err, StringComparison.Ordinal);
        Assert.True(File.Exists(model));
    }

    [Fact]
    public void Authored_text_alone_trains_with_every_source_counted()
    {
        var (exit, _, err) = CliRunner.Run("train", "--data", TinyLabeled(asAuthored: true), "--out", Path.Combine(_root, "m.zip"), "--no-dev", "--no-trials", "--folds", "2", "--no-rates");
        Assert.True(exit == 0, err);
        Assert.Contains("every source weighs 1", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "has no training sentence that counts")]
    [InlineData(50, "cannot fill 50 cross-validation folds")]
    public void Data_that_cannot_train_is_refused_with_the_reason_not_a_trace(int folds, string reason)
    {
        // One real article beside authored text: the fold that tests it trains on authored text
        // alone, which weighs 0 once real text is present.
        var authored = TinyLabeled(asAuthored: true);
        var real = Path.Combine(_root, "one-real.tsv");
        var first = LabeledFileReader.Load(authored).GroupBy(r => r.ArticleId).First();
        using (var writer = new StreamWriter(real))
        {
            LabeledFileWriter.Write(writer, first.Select(r => r with { ArticleId = "real-" + r.ArticleId }), withProvenance: false);
        }

        var (exit, _, err) = CliRunner.Run("train", "--data", authored, real, "--out", Path.Combine(_root, "m.zip"), "--no-dev", "--no-trials", "--folds", folds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-rates");
        Assert.Equal(4, exit);
        Assert.Contains(reason, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "m.zip")));
    }

    [Fact]
    public void Training_on_a_queue_whose_corpus_is_gone_names_the_folder()
    {
        Assert.Equal(0, BuildQueue("--n", "10", "--strategy", "random").Exit);
        Directory.Delete(Corpus, recursive: true);
        var (exit, _, err) = CliRunner.Run("train", "--data", TinyLabeled(), Queue, "--out", Path.Combine(_root, "m.zip"), "--no-dev", "--no-trials", "--folds", "2", "--no-rates");
        Assert.Equal(4, exit);
        Assert.Contains("'../corpus'", err, StringComparison.Ordinal);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_session_in_a_real_terminal_survives_a_kill_and_resumes()
    {
        Skip.If(Tmux.Find() is null, Tmux.WhyMissing);
        Assert.Equal(0, BuildQueue("--n", "30", "--strategy", "random").Exit);
        var session = "stance-" + Guid.NewGuid().ToString("N")[..8];
        var command = $"dotnet {typeof(CommandLine).Assembly.Location} annotate --interactive {Queue}";
        try
        {
            Tmux.Start(session, command);
            var screen = Tmux.WaitFor(session, "0 of ");
            Assert.Contains("1 accuse", screen, StringComparison.Ordinal);
            Assert.Contains("> [", screen, StringComparison.Ordinal);
            Tmux.Keys(session, "0");
            Tmux.WaitFor(session, "=> none");
            Tmux.Keys(session, "3");
            Assert.Contains("[x] 3 deflect", Tmux.WaitFor(session, "[x] 3 deflect"), StringComparison.Ordinal);
            Tmux.Keys(session, "Enter");
            Tmux.WaitFor(session, "1 of ");
            Tmux.Keys(session, "s");
            Tmux.WaitFor(session, "2 of ");

            // Killed without warning: both decisions are already on disk.
            Tmux.KillProcess(session);
            var log = Path.Combine(_root, "work", "queue.decisions.tsv");
            Assert.Single(LabeledFileReader.Load(log));

            Tmux.Start(session + "b", command);
            Assert.Contains("2 of ", Tmux.WaitFor(session + "b", "2 of "), StringComparison.Ordinal);
            Tmux.Keys(session + "b", "u");
            Assert.Contains("1 of ", Tmux.WaitFor(session + "b", "1 of "), StringComparison.Ordinal);
            Tmux.Keys(session + "b", "q");
            Tmux.WaitForExit(session + "b");
            var rows = LabeledFileReader.Load(log);
            Assert.Contains("deflect", Assert.Single(rows).Labels.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Tmux.Kill(session);
            Tmux.Kill(session + "b");
        }
    }

    private (int Exit, string Out, string Err) BuildQueue(params string[] options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Queue)!);
        return CliRunner.Run(["annotate", Corpus, "--out", Queue, .. options]);
    }

    /// <summary>A slice of the authored sentences written as a user's own file (no provenance column: real text).</summary>
    private string TinyLabeled(bool asAuthored = false)
    {
        var path = Path.Combine(_root, asAuthored ? "tiny-authored.tsv" : "tiny.tsv");
        var rows = LabeledFileReader.Load(RepoPaths.Of("data", "authored-sentences.tsv"));
        var articles = rows.Select(r => r.ArticleId).Distinct().Where((_, i) => i % 12 == 0).ToHashSet();
        using var writer = new StreamWriter(path);
        LabeledFileWriter.Write(writer, rows.Where(r => articles.Contains(r.ArticleId)), withProvenance: asAuthored);
        return path;
    }

    private static (int Exit, string Output) RunWithInput(string input, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        return (process.ExitCode, stdout + stderr.Result);
    }
}
