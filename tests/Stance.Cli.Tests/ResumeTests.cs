namespace Stance.Cli.Tests;

/// <summary>A resumed batch writes every output exactly as an uninterrupted run would.</summary>
public sealed class ResumeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-resume").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("tsv")]
    [InlineData("jsonl")]
    public void Every_output_of_a_resumed_run_equals_the_uninterrupted_runs_byte_for_byte(string format)
    {
        var corpus = Corpus(copies: 60);
        var whole = Run(corpus, Path.Combine(_root, "whole"), format, stop: default);
        Assert.Equal(6, whole.Exit);

        using var stop = new CancellationTokenSource();
        var resumedFolder = Path.Combine(_root, "resumed");
        var journal = Path.Combine(resumedFolder, $"out.{format}.journal");
        var watcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested && !(File.Exists(journal) && Read(journal).Contains("chunk\t", StringComparison.Ordinal)))
            {
                Thread.Sleep(5);
            }

            stop.Cancel();
        });
        watcher.Start();
        var first = Run(corpus, resumedFolder, format, stop.Token);
        watcher.Join();
        Assert.True(first.Exit == 130, $"the batch was not interrupted (exit {first.Exit}); make the corpus larger");
        Assert.True(File.Exists(journal));

        var second = CliRunner.Run([.. Arguments(corpus, resumedFolder, format), "--resume"]);
        Assert.Equal(6, second.Exit);
        Assert.Equal(Final(whole.Err, Path.Combine(_root, "whole")), Final(second.Out + second.Err, resumedFolder));

        var expected = Files(Path.Combine(_root, "whole"));
        var actual = Files(resumedFolder);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.True(expected.Count >= 300 + 4, $"only {expected.Count} output files");
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[name]), $"{name} differs after the resume");
        }
    }

    private static (int Exit, string Out, string Err) Run(string corpus, string folder, string format, CancellationToken stop)
    {
        Directory.CreateDirectory(folder);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(Arguments(corpus, folder, format), stdout, stderr, cancel: stop);
        return (exit, stdout.ToString(), stdout.ToString() + stderr);
    }

    private static string[] Arguments(string corpus, string folder, string format) =>
        ["batch", corpus, "--out", Path.Combine(folder, $"out.{format}"), "--summary", Path.Combine(folder, "summary.tsv"),
         "--report", Path.Combine(folder, "report.html"), "--threads", "1", "--quiet"];

    /// <summary>The folder table and final count line, without the timing and the run's folder.</summary>
    private static string Final(string output, string folder)
    {
        var lines = System.Text.RegularExpressions.Regex.Replace(output.Replace(folder, "<run>", StringComparison.Ordinal), @" in [0-9.]+ s \([^)]*\)", string.Empty).Split('\n');
        return string.Join('\n', lines.SkipWhile(l => !l.StartsWith("folder", StringComparison.Ordinal)).Select(l => l.TrimEnd()));
    }

    /// <summary>Every file of a run's folder except the run record, which names the folder, by name relative to it.</summary>
    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".run.json", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Normalise(File.ReadAllBytes(f), folder)), StringComparer.Ordinal);

    /// <summary>The run folders' own names appear in the outputs (summary and report link back to them); make them equal.</summary>
    private static byte[] Normalise(byte[] bytes, string folder) =>
        System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace(folder, "<run>", StringComparison.Ordinal));

    private static string Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string Corpus(int copies)
    {
        var corpus = Path.Combine(_root, "corpus");
        for (var c = 0; c < copies; c++)
        {
            var folder = Path.Combine(corpus, $"outlet{c % 6}", $"day{c}");
            Directory.CreateDirectory(folder);
            foreach (var seed in Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt"))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }
        }

        File.WriteAllBytes(Path.Combine(corpus, "outlet0", "day0", "binary.txt"), [1, 0, 2]);
        File.WriteAllBytes(Path.Combine(corpus, "outlet5", "day5", "empty.txt"), []);
        return corpus;
    }
}
