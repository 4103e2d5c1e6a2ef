using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Stance.Cli.Tests.Cluster;

/// <summary>The Parquet output, read back by a real DuckDB as users at cluster scale read it.</summary>
public sealed class ParquetOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-parquet").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void DuckDB_reads_one_typed_row_per_sentence_matching_the_jsonl_output()
    {
        var corpus = Corpus(copies: 3);
        File.WriteAllText(Path.Combine(corpus, "outlet1", "stars.txt"), "***\n");
        var jsonl = Path.Combine(_root, "labels.jsonl");
        var parquet = Path.Combine(_root, "labels.parquet");
        // An article with no sentence is listed as skipped (exit 6), in every format alike.
        Assert.Equal(6, CliRunner.Run("batch", corpus, "--out", jsonl, "--quiet").Exit);
        Assert.Equal(6, CliRunner.Run("batch", corpus, "--out", parquet, "--quiet").Exit);
        Assert.Contains("stars.txt", File.ReadAllText(parquet + ".errors.tsv"), StringComparison.Ordinal);
        Assert.False(File.Exists(parquet + ".staging.jsonl"));
        Assert.True(File.Exists(parquet + ".run.json"));

        var sentences = File.ReadLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement)
            .SelectMany(a => a.GetProperty("sentences").EnumerateArray().Select(s => (Path: a.GetProperty("path").GetString()!, Hash: a.GetProperty("sha256").GetString()!, Sentence: s)))
            .ToList();
        Assert.True(sentences.Count > 100);

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        var from = $"read_parquet('{parquet.Replace("'", "''", StringComparison.Ordinal)}')";
        Assert.Equal(sentences.Count, Convert.ToInt32(Scalar(duck, $"SELECT count(*) FROM {from} WHERE sentence_id IS NOT NULL"), CultureInfo.InvariantCulture));
        Assert.Equal(15, Convert.ToInt32(Scalar(duck, $"SELECT count(DISTINCT path) FROM {from}"), CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt32(Scalar(duck, $"SELECT count(*) FROM {from} WHERE sentence_id IS NULL"), CultureInfo.InvariantCulture));

        var types = Rows(duck, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {from})").ToDictionary(r => (string)r[0], r => (string)r[1]);
        Assert.Equal("INTEGER", types["sentence_id"]);
        Assert.Equal("BOOLEAN", types["cite_evidence"]);
        Assert.Equal("DOUBLE", types["p_deny"]);
        Assert.Equal("VARCHAR", types["sha256"]);

        foreach (var index in new[] { 0, sentences.Count / 3, sentences.Count - 1 })
        {
            var (path, hash, s) = sentences[index];
            var row = Rows(duck, $"SELECT sha256, labels, cite_evidence, p_accuse, text, start, boilerplate FROM {from} WHERE path = '{path.Replace("'", "''", StringComparison.Ordinal)}' AND sentence_id = {s.GetProperty("id").GetInt32()}").Single();
            var labels = s.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
            Assert.Equal(hash, row[0]);
            Assert.Equal(labels.Count == 0 ? "none" : string.Join(',', labels), row[1]);
            Assert.Equal(labels.Contains("cite-evidence"), row[2]);
            Assert.Equal(s.GetProperty("probabilities").GetProperty("accuse").GetDouble(), (double)row[3]);
            Assert.Equal(s.GetProperty("text").GetString(), row[4]);
            Assert.Equal(s.GetProperty("start").GetInt32(), (int)row[5]);
            Assert.Equal(s.GetProperty("boilerplate").GetBoolean(), row[6]);
        }

        // Speaker, target and the answered accusation carry over from the JSONL, under the TSV's column names.
        var attributed = sentences.Where(x => x.Sentence.GetProperty("speaker").ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(attributed);
        Assert.Equal(attributed.Count, Convert.ToInt32(Scalar(duck, $"SELECT count(*) FROM {from} WHERE speaker IS NOT NULL"), CultureInfo.InvariantCulture));
        foreach (var (path, _, s) in attributed.Where((_, i) => i % 7 == 0))
        {
            var row = Rows(duck, $"SELECT speaker, speaker_type, target, responds_to FROM {from} WHERE path = '{path.Replace("'", "''", StringComparison.Ordinal)}' AND sentence_id = {s.GetProperty("id").GetInt32()}").Single();
            Assert.Equal(s.GetProperty("speaker").GetProperty("name").GetString(), row[0]);
            Assert.Equal(s.GetProperty("speaker").GetProperty("type").GetString(), row[1]);
            Assert.Equal(s.GetProperty("target").ValueKind == JsonValueKind.Object ? s.GetProperty("target").GetProperty("name").GetString() : null, row[2] as string);
            Assert.Equal(s.GetProperty("responds_to").ValueKind == JsonValueKind.Number ? s.GetProperty("responds_to").GetInt32() : null, row[3] as int?);
        }

        var denials = sentences.Count(x => x.Sentence.GetProperty("labels").EnumerateArray().Any(l => l.GetString() == "deny"));
        Assert.Equal(denials, Convert.ToInt32(Scalar(duck, $"SELECT count(*) FROM {from} WHERE deny"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Merged_parquet_shards_are_byte_identical_to_one_unsharded_run_and_outputs_are_not_overwritten()
    {
        var corpus = Corpus(copies: 4);
        var whole = Path.Combine(_root, "whole.parquet");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", whole, "--quiet").Exit);
        var shards = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            shards.Add(Path.Combine(_root, $"labels-{k}.parquet"));
            Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", shards[^1], "--shard", $"{k}/3", "--quiet").Exit);
        }

        var merged = Path.Combine(_root, "merged.parquet");
        var result = CliRunner.Run(["merge", .. shards, "--out", merged, "--expect", corpus]);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("20 articles from 3 shards", result.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(merged));

        Assert.Equal(5, CliRunner.Run("batch", corpus, "--out", whole, "--quiet").Exit);
        var again = CliRunner.Run("batch", corpus, "--out", whole, "--resume", "--quiet");
        Assert.Equal(5, again.Exit);
        Assert.Contains("nothing to resume", again.Err, StringComparison.Ordinal);

        var duplicated = CliRunner.Run(["merge", .. shards, shards[0], "--out", Path.Combine(_root, "twice.parquet")]);
        Assert.Equal(9, duplicated.Exit);
        Assert.Contains("given twice", duplicated.Err, StringComparison.Ordinal);

        var foreign = Path.Combine(_root, "foreign.parquet");
        File.WriteAllText(foreign, "not parquet");
        var refused = CliRunner.Run("merge", foreign, "--out", Path.Combine(_root, "x.parquet"));
        Assert.Equal(9, refused.Exit);
        Assert.Contains("foreign.parquet", refused.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_runs_write_the_actor_edge_list_and_the_report_matrix_too()
    {
        var corpus = Corpus(copies: 1);
        var output = Path.Combine(_root, "labels.parquet");
        var actors = Path.Combine(_root, "actors.csv");
        var report = Path.Combine(_root, "report.html");
        var run = CliRunner.Run("batch", corpus, "--out", output, "--actors", actors, "--report", report, "--quiet");
        Assert.True(run.Exit == 0, run.Err);
        var edges = File.ReadAllLines(actors);
        Assert.StartsWith("source,target,move,count", edges[0], StringComparison.Ordinal);
        Assert.True(edges.Length > 1, "no edge");
        Assert.Contains("Who accuses whom", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".staging.jsonl"));
    }

    [Fact]
    public void A_run_stopped_while_converting_is_finished_by_resume()
    {
        var corpus = Corpus(copies: 1);
        var output = Path.Combine(_root, "labels.parquet");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", output, "--quiet").Exit);
        var expected = File.ReadAllBytes(output);

        // The state a kill during conversion leaves: the labels complete as staging JSONL with the
        // Parquet run's record beside it, no Parquet yet.
        File.Delete(output);
        var staging = output + ".staging.jsonl";
        var jsonl = Path.Combine(_root, "labels.jsonl");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", jsonl, "--quiet").Exit);
        File.Move(jsonl, staging);
        File.Move(output + ".run.json", staging + ".run.json");

        var other = CliRunner.Run("batch", corpus, "--out", output, "--include", "none/*", "--resume", "--quiet");
        Assert.True(other.Exit == 7, other.Err);
        Assert.Contains("include: was (none)", other.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        var result = CliRunner.Run("batch", corpus, "--out", output, "--resume", "--quiet");
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("converted", result.Out, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllBytes(output));
        Assert.False(File.Exists(output + ".staging.jsonl"));
    }

    private static object Scalar(DuckDBConnection duck, string sql) => Rows(duck, sql).Single()[0];

    private static List<object[]> Rows(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Folders outlet0..outlet{copies-1}, each with the five seeds.</summary>
    private string Corpus(int copies)
    {
        var corpus = Path.Combine(_root, "corpus");
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
}
