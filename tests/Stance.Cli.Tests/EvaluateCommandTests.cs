using System.Text.Json;

namespace Stance.Cli.Tests;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluates_the_seed_gold_file_as_a_table()
    {
        var result = CliRunner.Run("evaluate", "--gold", RepoPaths.Of("data", "seed-sentences.tsv"));
        Assert.Equal(0, result.Exit);
        Golden.Check("evaluate-seed.table", result.Out);
    }

    [Fact]
    public void Json_has_per_label_metrics_and_macro_f1()
    {
        var result = CliRunner.Run("evaluate", "--gold", RepoPaths.Of("data", "seed-sentences.tsv"), "--format", "json");
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(4, doc.RootElement.GetProperty("perLabel").GetArrayLength());
        Assert.InRange(doc.RootElement.GetProperty("macroF1").GetDouble(), 0.0, 1.0);
        Assert.Equal(129, doc.RootElement.GetProperty("sentences").GetInt32());
    }

    [Fact]
    public void Malformed_gold_rows_exit_4_with_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "article_id\tsentence_id\tlabels\ttext\na\t1\tblame\tText\n");
            var result = CliRunner.Run("evaluate", "--gold", path);
            Assert.Equal(4, result.Exit);
            Assert.Contains($"{path}:2: unknown label 'blame'", result.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_gold_file_exits_2() =>
        Assert.Equal(2, CliRunner.Run("evaluate", "--gold", "/no/such/gold.tsv").Exit);
}
