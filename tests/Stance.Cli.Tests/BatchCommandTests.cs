using System.Diagnostics;

namespace Stance.Cli.Tests;

public sealed class BatchCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-batch").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Bad_files_are_reported_and_skipped_and_the_rest_labeled()
    {
        var corpus = Corpus("c", copies: 2);
        File.WriteAllBytes(Path.Combine(corpus, "outlet0", "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(corpus, "outlet0", "binary.txt"), [0x50, 0x4B, 0, 0]);
        File.WriteAllBytes(Path.Combine(corpus, "outlet1", "latin1.txt"), [0x43, 0x61, 0x66, 0xE9]);
        var output = Path.Combine(_root, "out.jsonl");
        var result = CliRunner.Run("batch", corpus, "--out", output, "--quiet");
        Assert.Equal(6, result.Exit);
        Assert.Equal(10, File.ReadAllLines(output).Length);
        var errors = File.ReadAllLines(output + ".errors.tsv");
        Assert.Equal(4, errors.Length);
        Assert.Contains(errors, e => e.Contains("binary.txt", StringComparison.Ordinal) && e.Contains("is binary", StringComparison.Ordinal));
        Assert.Contains("skipped", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".journal"));
    }

    [Fact]
    public void Report_has_an_overview_linking_to_one_small_page_per_article_and_lists_skipped_files()
    {
        var corpus = Corpus("c", copies: 3);
        File.WriteAllBytes(Path.Combine(corpus, "outlet1", "binary.txt"), [1, 0, 2]);
        var report = Path.Combine(_root, "report.html");
        Assert.Equal(6, CliRunner.Run("batch", corpus, "--out", Path.Combine(_root, "out.jsonl"), "--report", report, "--quiet").Exit);
        var overview = File.ReadAllText(report);
        var links = System.Text.RegularExpressions.Regex.Matches(overview, "href=\"(report-articles/[^\"]+\\.html)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(15, links.Count);
        Assert.All(links, link => Assert.True(new FileInfo(Path.Combine(_root, link)).Length is > 1000 and < 200_000));
        Assert.Contains("ranked by share of denials", overview, StringComparison.Ordinal);
        Assert.Contains("ranked by share of deflections", overview, StringComparison.Ordinal);
        Assert.Contains("binary.txt", overview, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(overview, "\\(5\\)</text>"));
    }

    [Fact]
    public void Output_is_sorted_by_path_whatever_the_thread_count()
    {
        var corpus = Corpus("c", copies: 4);
        var one = Path.Combine(_root, "one.tsv");
        var two = Path.Combine(_root, "two.tsv");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", one, "--threads", "1", "--quiet").Exit);
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", two, "--threads", "2", "--quiet").Exit);
        Assert.Equal(File.ReadAllText(one), File.ReadAllText(two));
    }

    [Fact]
    public void Shards_are_disjoint_and_cover_every_article()
    {
        var corpus = Corpus("c", copies: 6);
        var lines = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var output = Path.Combine(_root, $"shard{k}.jsonl");
            Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", output, "--shard", $"{k}/3", "--quiet").Exit);
            lines.AddRange(File.ReadAllLines(output));
        }

        Assert.Equal(30, lines.Count);
        Assert.Equal(30, lines.Select(l => l[..l.IndexOf("\"sha256\"", StringComparison.Ordinal)]).Distinct().Count());
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("tsv")]
    [InlineData("csv")]
    public void Merge_recombines_shards_into_the_unsharded_output(string format)
    {
        var corpus = Corpus("c", copies: 6);
        var whole = Path.Combine(_root, $"whole.{format}");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", whole, "--quiet").Exit);
        var shards = Enumerable.Range(1, 3).Select(k => Path.Combine(_root, $"s{k}.{format}")).ToList();
        for (var k = 1; k <= 3; k++)
        {
            Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", shards[k - 1], "--shard", $"{k}/3", "--quiet").Exit);
        }

        var merged = Path.Combine(_root, $"merged.{format}");
        var result = CliRunner.Run(["merge", .. shards, "--out", merged, "--expect", corpus]);
        Assert.Equal(0, result.Exit);
        Assert.Equal(File.ReadAllText(whole), File.ReadAllText(merged));
    }

    [Fact]
    public void Merge_refuses_missing_and_duplicated_articles()
    {
        var corpus = Corpus("c", copies: 4);
        var shards = Enumerable.Range(1, 2).Select(k => Path.Combine(_root, $"s{k}.jsonl")).ToList();
        for (var k = 1; k <= 2; k++)
        {
            Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", shards[k - 1], "--shard", $"{k}/2", "--quiet").Exit);
        }

        var merged = Path.Combine(_root, "merged.jsonl");
        var missing = CliRunner.Run("merge", shards[0], "--out", merged, "--expect", corpus);
        Assert.Equal(9, missing.Exit);
        Assert.Contains("missing article", missing.Err, StringComparison.Ordinal);
        var twice = CliRunner.Run("merge", shards[0], shards[0], shards[1], "--out", merged);
        Assert.Equal(9, twice.Exit);
        Assert.Contains("given twice", twice.Err, StringComparison.Ordinal);

        // A copy under another name has no run record of its own, so its records would be counted twice.
        var copy = Path.Combine(_root, "copy.jsonl");
        File.Copy(shards[0], copy);
        File.Delete(shards[0] + ".run.json");
        File.Delete(shards[1] + ".run.json");
        var duplicated = CliRunner.Run("merge", shards[0], copy, shards[1], "--out", merged);
        Assert.Equal(9, duplicated.Exit);
        Assert.Contains("duplicated article", duplicated.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(merged));
    }

    [Fact]
    public void Refuses_to_overwrite_and_reports_missing_inputs_and_output_folders()
    {
        var corpus = Corpus("c", copies: 1);
        var output = Path.Combine(_root, "out.tsv");
        File.WriteAllText(output, "keep me");
        var existing = CliRunner.Run("batch", corpus, "--out", output, "--quiet");
        Assert.Equal(5, existing.Exit);
        Assert.Contains("already exists", existing.Err, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(output));
        Assert.Equal(2, CliRunner.Run("batch", Path.Combine(_root, "nope"), "--out", Path.Combine(_root, "x.tsv"), "--quiet").Exit);
        Assert.Equal(5, CliRunner.Run("batch", corpus, "--out", Path.Combine(_root, "no", "x.tsv"), "--quiet").Exit);
        Assert.Equal(1, CliRunner.Run("batch", corpus, "--out", Path.Combine(_root, "x.bin"), "--quiet").Exit);
    }

    [Fact]
    public void A_killed_batch_resumes_without_losing_or_duplicating_an_article()
    {
        var corpus = Corpus("big", copies: 80);
        var reference = Path.Combine(_root, "reference.jsonl");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", reference, "--quiet").Exit);

        var output = Path.Combine(_root, "killed.jsonl");
        using (var process = StartCli("batch", corpus, "--out", output, "--threads", "1", "--quiet"))
        {
            // Kill (SIGKILL, as a power cut would) once at least one chunk is journaled.
            var journal = output + ".journal";
            var clock = Stopwatch.StartNew();
            while (!(File.Exists(journal) && File.ReadAllText(journal).Contains("chunk\t", StringComparison.Ordinal)) && clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "the batch finished before it could be killed; make the corpus larger");
            process.Kill();
            process.WaitForExit();
        }

        Assert.False(File.Exists(output));
        var resumed = CliRunner.Run("batch", corpus, "--out", output, "--resume", "--quiet");
        Assert.Equal(0, resumed.Exit);
        Assert.Equal(File.ReadAllText(reference), File.ReadAllText(output));
    }

    [Fact]
    public void Sigterm_stops_cleanly_with_exit_130_and_a_resume_hint()
    {
        var corpus = Corpus("big", copies: 200);
        var output = Path.Combine(_root, "stopped.tsv");
        using var process = StartCli("batch", corpus, "--out", output, "--threads", "1", "--quiet");
        var journal = output + ".journal";
        var clock = Stopwatch.StartNew();
        while (!File.Exists(journal) && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("--resume", stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", output, "--resume", "--quiet").Exit);
        Assert.Equal(200 * 5 + 1, File.ReadAllLines(output).Select(l => l.Split('\t')[0]).Distinct().Count());
    }

    /// <summary>Folders outlet0..outlet{copies-1}, each with the five seeds.</summary>
    private string Corpus(string name, int copies)
    {
        var corpus = Path.Combine(_root, name);
        for (var c = 0; c < copies; c++)
        {
            var folder = Path.Combine(corpus, $"outlet{c}");
            Directory.CreateDirectory(folder);
            foreach (var seed in Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt"))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }
        }

        return corpus;
    }

    private static Process StartCli(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
