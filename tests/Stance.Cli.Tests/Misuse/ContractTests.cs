using System.Text.RegularExpressions;

namespace Stance.Cli.Tests.Misuse;

/// <summary>The other side of the misuse table: what users mean must work, and say what it did.</summary>
public sealed class ContractTests : IDisposable
{
    private readonly MisuseSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("r.html", "<!DOCTYPE html>")]
    [InlineData("r.htm", "<!DOCTYPE html>")]
    [InlineData("r.json", "{")]
    [InlineData("r.tsv", "article_id\tsentence_id\tlabels\t")]
    [InlineData("r.txt", "  sentence\n")]
    public void Score_picks_the_format_from_the_out_extension(string output, string start)
    {
        var path = _sandbox.Path(output);
        var (exit, _, err) = MisuseSandbox.Run(["score", _sandbox.Path("a.txt"), "--out", path]);
        Assert.True(exit == 0, err);
        Assert.Contains(start, File.ReadAllText(path)[..Math.Min(4000, File.ReadAllText(path).Length)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--out={0}")]
    [InlineData("--out {0}")]
    public void A_path_starting_with_a_dash_is_read_after_a_double_dash(string outOption)
    {
        var output = _sandbox.Path("dash.tsv");
        string[] option = outOption.Contains('=', StringComparison.Ordinal) ? [string.Format(System.Globalization.CultureInfo.InvariantCulture, outOption, output)] : ["--out", output];
        var (exit, _, err) = RunIn(_sandbox.Root, ["score", .. option, "--", "-dash.txt"]);
        Assert.True(exit == 0, err);
        Assert.True(File.ReadAllLines(output).Length > 5);
    }

    [Fact]
    public void Auto_encoding_reads_bomless_utf16_and_windows_1252_and_names_the_guess()
    {
        File.WriteAllBytes(_sandbox.Path("u16.txt"), System.Text.Encoding.Unicode.GetBytes("The ministry denied the report. Rebels accused the army."));
        var utf16 = MisuseSandbox.Run(["score", _sandbox.Path("u16.txt"), "--encoding", "auto", "--format", "tsv"]);
        Assert.True(utf16.Exit == 0, utf16.Err);
        Assert.Contains("The ministry denied the report.", utf16.Out, StringComparison.Ordinal);

        var latin = MisuseSandbox.Run(["score", _sandbox.Path("l1.txt"), "--encoding", "auto", "--format", "tsv"]);
        Assert.True(latin.Exit == 0, latin.Err);
        Assert.Contains("Café", latin.Out, StringComparison.Ordinal);
        Assert.Contains("l1.txt", latin.Err, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", latin.Err, StringComparison.Ordinal);

        var declared = MisuseSandbox.Run(["score", _sandbox.Path("l1.txt"), "--encoding", "latin1", "--format", "tsv"]);
        Assert.Equal(0, declared.Exit);
        Assert.Equal(string.Empty, declared.Err);
    }

    [Fact]
    public void Batch_counts_files_passed_over_and_never_reads_its_own_outputs_inside_the_input_folder()
    {
        var corpus = _sandbox.Path("corpus");
        File.WriteAllText(_sandbox.Path("corpus", "notes.pdf"), "%PDF");
        string[] run = ["batch", corpus, "--out", _sandbox.Path("corpus", "labels.tsv"), "--summary", _sandbox.Path("corpus", "summary.txt"), "--report", _sandbox.Path("corpus", "report.html"), "--quiet"];
        var first = MisuseSandbox.Run(run);
        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("1 files passed over for their type (.pdf 1)", first.Err, StringComparison.Ordinal);
        var labels = File.ReadAllBytes(_sandbox.Path("corpus", "labels.tsv"));

        var second = MisuseSandbox.Run([.. run, "--force"]);
        Assert.True(second.Exit == 0, second.Err);
        Assert.Contains("5 of 5 articles labeled", second.Out + second.Err, StringComparison.Ordinal);
        Assert.Contains("1 files passed over for their type (.pdf 1)", second.Err, StringComparison.Ordinal);
        Assert.Equal(labels, File.ReadAllBytes(_sandbox.Path("corpus", "labels.tsv")));
    }

    [Fact]
    public void The_folder_table_and_the_final_line_count_the_same_sentences()
    {
        var (exit, output, err) = MisuseSandbox.Run(["batch", _sandbox.Path("corpus"), "--out", _sandbox.Path("o.jsonl")]);
        Assert.True(exit == 0, err);
        var all = output + err;
        var rows = all.Split('\n').Where(l => l.StartsWith("corpus/", StringComparison.Ordinal) || l.Contains("outlet", StringComparison.Ordinal) && !l.Contains("Output", StringComparison.Ordinal)).ToList();
        var tableSentences = rows.Sum(r => int.Parse(Regex.Split(r.Trim(), @"\s+")[2], System.Globalization.CultureInfo.InvariantCulture));
        var tableLabeled = rows.Sum(r => int.Parse(Regex.Split(r.Trim(), @"\s+")[3], System.Globalization.CultureInfo.InvariantCulture));
        var final = Regex.Match(all, @"; (\d+) sentences \((\d+) labeled");
        Assert.True(final.Success, all);
        Assert.Equal(final.Groups[1].Value, tableSentences.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(final.Groups[2].Value, tableLabeled.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("tsv")]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public void An_article_with_no_sentence_is_listed_as_skipped_never_silently_absent(string format)
    {
        File.WriteAllText(_sandbox.Path("corpus", "outlet0", "stars.txt"), "***\n");
        File.WriteAllText(_sandbox.Path("corpus", "outlet1", "empty.html"), "<html><body><nav>Home</nav></body></html>");
        var shard = _sandbox.Path($"s.{format}");
        var run = MisuseSandbox.Run(["batch", _sandbox.Path("corpus"), "--out", shard, "--shard", "1/1", "--quiet"]);
        Assert.True(run.Exit == 6, run.Err);
        var errors = File.ReadAllText(shard + ".errors.tsv");
        Assert.Contains("stars.txt", errors, StringComparison.Ordinal);
        Assert.Contains("empty.html", errors, StringComparison.Ordinal);

        var merged = MisuseSandbox.Run(["merge", shard, "--out", _sandbox.Path($"m.{format}"), "--expect", _sandbox.Path("corpus")]);
        Assert.True(merged.Exit == 0, merged.Err);
        Assert.Contains("none missing", merged.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interrupted_batch_says_how_many_files_it_finished()
    {
        var (exit, _, err) = MisuseSandbox.Run(["batch", _sandbox.Path("corpus"), "--out", _sandbox.Path("o.tsv"), "--quiet"], new CancellationToken(canceled: true));
        Assert.Equal(130, exit);
        Assert.Contains("stopped after 0 of 5 files", err, StringComparison.Ordinal);
        var resumed = MisuseSandbox.Run(["batch", _sandbox.Path("corpus"), "--out", _sandbox.Path("o.tsv"), "--quiet", "--resume"]);
        Assert.True(resumed.Exit == 0, resumed.Err);
    }

    /// <summary>Runs the CLI as its own process in <paramref name="folder"/>, so a relative path is the user's own.</summary>
    private static (int Exit, string Out, string Err) RunIn(string folder, string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder };
        info.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
