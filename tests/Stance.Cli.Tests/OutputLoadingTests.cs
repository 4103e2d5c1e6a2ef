using System.Text.Json;
using DuckDB.NET.Data;

namespace Stance.Cli.Tests;

/// <summary>
/// Batch outputs load whole into the tools analysts use: every sentence row arrives in pandas and
/// DuckDB, even when sentences and paths hold quotes, tabs and line breaks.
/// </summary>
[Collection(SystemPackages.Collection)]
public sealed class OutputLoadingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-load").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [SkippableFact]
    public void Every_output_format_loads_with_pandas_and_duckdb_with_all_its_rows()
    {
        Skip.IfNot(Pandas.Found(), Pandas.WhyMissing);
        var corpus = TrickyCorpus();
        var jsonl = Path.Combine(_root, "out.jsonl");
        var summary = Path.Combine(_root, "summary.tsv");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", jsonl, "--summary", summary, "--quiet").Exit);
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", Path.Combine(_root, "out.tsv"), "--quiet").Exit);
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", Path.Combine(_root, "out.csv"), "--quiet").Exit);

        var articles = File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var sentences = articles.Sum(a => a.GetProperty("sentences").GetArrayLength());
        Assert.Equal(6, articles.Count);
        Assert.Contains(articles, a => a.GetProperty("path").GetString()!.Contains('\n', StringComparison.Ordinal));

        Assert.Equal($"{sentences}", Pandas.Run("print(len(pd.read_csv(sys.argv[1], sep='\\t')))", Path.Combine(_root, "out.tsv")));
        Assert.Equal($"{sentences}", Pandas.Run("print(len(pd.read_csv(sys.argv[1])))", Path.Combine(_root, "out.csv")));
        Assert.Equal($"{articles.Count}", Pandas.Run("print(len(pd.read_json(sys.argv[1], lines=True)))", jsonl));
        Assert.Equal($"{articles.Count}", Pandas.Run("print(len(pd.read_csv(sys.argv[1], sep='\\t')))", summary));
        var quoted = Pandas.Run("d = pd.read_csv(sys.argv[1], sep='\\t'); print(int(d['text'].str.startswith('\"').sum()), d['path'].nunique())", Path.Combine(_root, "out.tsv"));
        var parts = quoted.Split(' ');
        Assert.True(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) >= 1, $"no sentence opening with a quote survived: {quoted}");
        Assert.Equal("6", parts[1]);

        Assert.Equal(sentences, DuckCount($"read_csv('{_root}/out.tsv', delim='\\t', header=true, quote='\"', escape='\"')"));
        Assert.Equal(sentences, DuckCount($"read_csv('{_root}/out.csv', header=true)"));
        Assert.Equal(articles.Count, DuckCount($"read_json('{jsonl}', format='newline_delimited')"));
        Assert.Equal(articles.Count, DuckCount($"read_csv('{summary}', delim='\\t', header=true, quote='\"', escape='\"')"));
    }

    [Fact]
    public void Numbers_are_rounded_at_the_source_and_names_agree_across_formats()
    {
        var corpus = TrickyCorpus();
        var jsonl = Path.Combine(_root, "out.jsonl");
        var summary = Path.Combine(_root, "summary.tsv");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", jsonl, "--summary", summary, "--quiet").Exit);
        var tsv = Path.Combine(_root, "out.tsv");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", tsv, "--quiet").Exit);

        var text = File.ReadAllText(jsonl);
        Assert.DoesNotMatch(@"\d\.\d{5,}", text);
        Assert.Contains("\"cite_evidence\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"cite-evidence\":", text, StringComparison.Ordinal);
        Assert.Contains("p_cite_evidence", File.ReadLines(tsv).First(), StringComparison.Ordinal);
        Assert.Contains("\tcite_evidence\t", File.ReadLines(summary).First(), StringComparison.Ordinal);
    }

    /// <summary>Seeds under awkward names plus one article whose sentence opens with a quote.</summary>
    private string TrickyCorpus()
    {
        var corpus = Path.Combine(_root, "corpus");
        Directory.CreateDirectory(corpus);
        var seeds = Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        string[] names = ["plain.txt", "tab\tname.txt", "new\nline.txt", "quote\"name.txt", "comma, name.txt"];
        for (var i = 0; i < names.Length; i++)
        {
            File.Copy(seeds[i], Path.Combine(corpus, names[i]));
        }

        File.WriteAllText(Path.Combine(corpus, "quoted.txt"), "\"We did not bomb the hospital,\" the ministry said on Tuesday.\n\nRebels accused\tthe army of shelling the town.\n");
        return corpus;
    }

    private static long DuckCount(string source)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {source}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
