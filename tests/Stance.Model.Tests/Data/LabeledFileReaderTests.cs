using System.Text;
using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Data;

public sealed class LabeledFileReaderTests
{
    private const string Header = "article_id\tsentence_id\tlabels\ttext\tprovenance\n";

    private static LabeledFileReadResult Parse(string content) => LabeledFileReader.Parse(Encoding.UTF8.GetBytes(content), "gold.tsv");

    [Fact]
    public void Reads_a_valid_file()
    {
        var result = Parse(Header + "a1\t1\taccuse,cite-evidence\tAmnesty said 200 died.\tauthored\na1\t2\tnone\tHe left.\tauthored\n");
        Assert.True(result.IsValid);
        Assert.Equal(2, result.Sentences.Count);
        Assert.True(result.Sentences[0].Labels.Contains(StanceLabel.CiteEvidence));
        Assert.Equal("authored", result.Sentences[1].Provenance);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_crlf_and_no_extra_columns()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("article_id\tsentence_id\tlabels\ttext\r\nx\t1\tdeny\tWe deny it.\r\n")).ToArray();
        var result = LabeledFileReader.Parse(bytes, "gold.tsv");
        Assert.True(result.IsValid);
        Assert.Equal("We deny it.", Assert.Single(result.Sentences).Text);
    }

    [Theory]
    [InlineData("a1\t1\tnone\n", 2, "expected 5 tab-separated columns")]
    [InlineData("a1\t1\tnone\tText\tx\textra\n", 2, "expected 5 tab-separated columns")]
    [InlineData("a1\t1\tblame\tText\tx\n", 2, "unknown label 'blame'")]
    [InlineData("a1\tone\tnone\tText\tx\n", 2, "sentence_id must be a positive whole number")]
    [InlineData("a1\t0\tnone\tText\tx\n", 2, "sentence_id must be a positive whole number")]
    [InlineData("a1\t1\tnone\t  \tx\n", 2, "text is empty")]
    [InlineData("\t1\tnone\tText\tx\n", 2, "article_id is empty")]
    [InlineData("a1\t1\tnone\tText\tx\na1\t1\tdeny\tOther\tx\n", 3, "duplicate sentence (a1, 1): already on line 2")]
    [InlineData("a1\t1\tnone\tText\tx\n\na1\t2\tdeny,accuse\tOther\tx\n", 4, "not in the order")]
    public void Reports_malformed_rows_with_file_and_line(string rows, int line, string message)
    {
        var issue = Assert.Single(Parse(Header + rows).Issues);
        Assert.Equal("gold.tsv", issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        Assert.StartsWith($"gold.tsv:{line}: ", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_bad_utf8_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "a1\t1\tnone\tFine.\tx\n").Concat(new byte[] { 0x61, 0x32, 0x09, 0x31, 0x09, 0x6E, 0x6F, 0x6E, 0x65, 0x09, 0xC3, 0x28, 0x09, 0x78, 0x0A }).ToArray();
        var issue = Assert.Single(LabeledFileReader.Parse(bytes, "gold.tsv").Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("id\tsentence\tlabels\ttext\n", "header must start with")]
    public void Rejects_files_without_the_header(string content, string message) =>
        Assert.Contains(message, Assert.Single(Parse(content).Issues).Message, StringComparison.Ordinal);

    [Fact]
    public void Load_throws_with_every_problem_listed()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Header + "a\t1\tbad\tx\tp\na\tz\tnone\tx\tp\n");
            var error = Assert.Throws<LabeledFileException>(() => LabeledFileReader.Load(path));
            Assert.Equal(2, error.Issues.Count);
            Assert.Contains($"{path}:3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_reports_a_missing_file_instead_of_throwing()
    {
        var issue = Assert.Single(LabeledFileReader.Read("/no/such/file.tsv").Issues);
        Assert.Contains("cannot read", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_output_reads_back_identically()
    {
        var rows = new[]
        {
            new LabeledSentence("a", 1, LabelSet.Parse("deny,deflect"), "We deny\tit\nfully.", "authored"),
            new LabeledSentence("a", 2, LabelSet.None, "Share this article", "seed"),
        };
        using var writer = new StringWriter();
        LabeledFileWriter.Write(writer, rows);
        var back = Parse(writer.ToString());
        Assert.True(back.IsValid);
        Assert.Equal("We deny it fully.", back.Sentences[0].Text);
        Assert.Equal(rows[1], back.Sentences[1]);
    }
}
