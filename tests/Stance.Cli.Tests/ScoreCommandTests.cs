using System.Text;
using System.Text.Json;

namespace Stance.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private static readonly string Seed = RepoPaths.Of("seeds", "004_d287f8da5092c987.txt");
    private readonly string _directory = Directory.CreateTempSubdirectory("stance-cli").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("tsv")]
    public void Output_formats_match_their_golden_files(string format)
    {
        var result = CliRunner.Run("score", Seed, "--format", format);
        Assert.Equal(0, result.Exit);
        Golden.Check($"score-004.{format}", result.Out);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(160)]
    public void Tables_wrap_long_sentences_to_fit_the_width(int width)
    {
        var result = CliRunner.Run("score", Seed, "--format", "table", "--width", $"{width}");
        Assert.Equal(0, result.Exit);
        Assert.All(result.Out.Split('\n').Skip(1), line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        Assert.DoesNotContain("\u2026", result.Out, StringComparison.Ordinal);
        Golden.Check($"score-004.width{width}.table", result.Out);
    }

    [Fact]
    public void Json_is_one_object_with_every_sentence_and_a_summary()
    {
        using var doc = JsonDocument.Parse(CliRunner.Run("score", Seed, "--format", "json").Out);
        var sentences = doc.RootElement.GetProperty("sentences");
        Assert.Equal(16, sentences.GetArrayLength());
        Assert.Equal(16, doc.RootElement.GetProperty("summary").GetProperty("sentences").GetInt32());
        Assert.All(sentences.EnumerateArray(), s => Assert.Equal(4, s.GetProperty("probabilities").EnumerateObject().Count()));
    }

    [Fact]
    public void Tsv_output_is_a_valid_gold_file()
    {
        var path = Path.Combine(_directory, "scored.tsv");
        Assert.Equal(0, CliRunner.Run("score", Seed, "--out", path).Exit);
        var read = Stance.Model.Data.LabeledFileReader.Read(path);
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Equal(16, read.Sentences.Count);
    }

    [Fact]
    public void Threshold_override_changes_the_labels()
    {
        static int LabelCount(params string[] thresholds)
        {
            var result = CliRunner.Run(["score", Seed, "--format", "tsv", .. thresholds.SelectMany(t => new[] { "--threshold", t })]);
            Assert.Equal(0, result.Exit);
            return result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Sum(l => l.Split('\t')[2] == "none" ? 0 : l.Split('\t')[2].Split(',').Length);
        }

        var normal = LabelCount();
        Assert.True(LabelCount("deny=0.999", "accuse=0.999", "deflect=0.999", "cite-evidence=0.999") < normal);
        Assert.True(LabelCount("deny=0.01", "accuse=0.01", "deflect=0.01", "cite-evidence=0.01") > normal);
    }

    [Fact]
    public void Reads_standard_input()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(["score", "-", "--format", "tsv"], stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes("The ministry denied the report.")));
        Assert.Equal(0, exit);
        Assert.Contains("stdin\t1\t", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_read_without_tags_scripts_or_navigation()
    {
        var path = Path.Combine(_directory, "page.html");
        File.WriteAllText(path, "<html><head><title>Army denies shelling</title><script>var x='<p>no</p>';</script></head><body><nav>Home | World</nav><p>The army denied shelling the town.</p><footer>Copyright</footer></body></html>");
        var result = CliRunner.Run("score", path, "--format", "tsv");
        Assert.Equal(0, result.Exit);
        var texts = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')[3]).ToList();
        Assert.Equal(["The army denied shelling the town."], texts);
    }

    [Fact]
    public void Json_of_a_web_page_carries_its_metadata()
    {
        var path = Path.Combine(_directory, "page.html");
        File.WriteAllText(path, "<html><head><title>Army denies shelling the border town | Daily Example</title><meta name=\"author\" content=\"Ana Ruiz\"></head><body><p>The army denied shelling the town.</p></body></html>");
        using var doc = JsonDocument.Parse(CliRunner.Run("score", path, "--format", "json").Out);
        var document = doc.RootElement.GetProperty("document");
        Assert.Equal("html", document.GetProperty("format").GetString());
        Assert.Equal("Army denies shelling the border town", document.GetProperty("title").GetString());
        Assert.Equal("Ana Ruiz", document.GetProperty("byline").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("published").ValueKind);
    }

    [Fact]
    public void Report_of_a_web_page_shows_its_title_and_byline()
    {
        var path = Path.Combine(_directory, "page.html");
        File.WriteAllText(path, "<html><head><title>Army denies shelling the border town | Daily Example</title><meta name=\"author\" content=\"Ana Ruiz\"></head><body><nav>Home</nav><p>The army denied shelling the town.</p></body></html>");
        var result = CliRunner.Run("score", path, "--format", "html");
        Assert.Equal(0, result.Exit);
        Assert.Contains("<h1>Army denies shelling the border town</h1>", result.Out, StringComparison.Ordinal);
        Assert.Contains("<p class=\"byline\">Ana Ruiz</p>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(">Home<", result.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "empty.txt", [], "is empty" },
        { "blank.txt", "  \n\n "u8.ToArray(), "is empty" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], "is binary" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], "not valid UTF-8 (first bad byte at offset 3)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_naming_the_file(string name, byte[] content, string message)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        var result = CliRunner.Run("score", path);
        Assert.Equal(2, result.Exit);
        Assert.Contains(path, result.Err, StringComparison.Ordinal);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        var path = Path.Combine(_directory, "utf16.txt");
        File.WriteAllText(path, "Die Armee bestritt den Angriff. Officials denied it.", Encoding.Unicode);
        Assert.Equal(0, CliRunner.Run("score", path, "--format", "tsv").Exit);
    }

    [Fact]
    public void Missing_file_and_directory_exit_2()
    {
        Assert.Contains("no such file", CliRunner.Run("score", Path.Combine(_directory, "nope.txt")).Err, StringComparison.Ordinal);
        var directory = CliRunner.Run("score", _directory);
        Assert.Equal(2, directory.Exit);
        Assert.Contains("is a directory", directory.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_file_is_refused_without_reading_it()
    {
        var path = Path.Combine(_directory, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var result = CliRunner.Run("score", path);
        Assert.Equal(2, result.Exit);
        Assert.Contains("too large (50.0 MB", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_model_exits_3_naming_it()
    {
        var model = Path.Combine(_directory, "model.zip");
        File.WriteAllText(model, "not a model");
        var result = CliRunner.Run("score", Seed, "--model", model);
        Assert.Equal(3, result.Exit);
        Assert.Contains(model, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_into_a_missing_folder_exits_5_and_leaves_nothing()
    {
        var result = CliRunner.Run("score", Seed, "--out", Path.Combine(_directory, "no", "out.tsv"));
        Assert.Equal(5, result.Exit);
        Assert.False(Directory.Exists(Path.Combine(_directory, "no")));
    }
}
