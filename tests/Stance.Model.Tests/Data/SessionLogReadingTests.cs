using Stance.Model.Data;

namespace Stance.Model.Tests.Data;

/// <summary>A session log of <c>stance annotate --interactive</c> read as a labeled file: the last decision wins.</summary>
public sealed class SessionLogReadingTests
{
    private const string Header = "article_id\tsentence_id\tlabels\ttext\tdecision\n";

    [Fact]
    public void The_last_decision_on_each_sentence_wins_and_only_accepted_sentences_count()
    {
        var log = Header
            + "a\t1\tdeny\tThey denied it.\taccept\n"
            + "a\t2\tnone\tIt rained.\tskip\n"
            + "a\t1\tdeny\tThey denied it.\tundo\n"
            + "a\t1\taccuse,deny\tThey denied it.\taccept\n"
            + "a\t3\tnone\tMore rain.\taccept\n"
            + "a\t3\tnone\tMore rain.\tundo\n";
        var result = Parse(log);
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var row = Assert.Single(result.Sentences);
        Assert.Equal("accuse,deny", row.Labels.ToString());
    }

    [Theory]
    [InlineData("a\t1\tdeny\tx\tmaybe\n", "decision must be accept, skip or undo")]
    [InlineData("a\t1\tblame\tx\taccept\n", "unknown label 'blame'")]
    public void A_bad_decision_row_is_reported_with_its_line(string row, string message)
    {
        var issue = Assert.Single(Parse(Header + row).Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\t1\tnone\t\tc\tf.txt\t5\t2\t\n", "start < end")]
    [InlineData("a\t1\tnone\t\tc\t../f.txt\t0\t2\t\n", "inside the corpus folder")]
    [InlineData("a\t1\tnone\t\tc\t\t0\t2\t\n", "text is empty")]
    public void Bad_references_are_reported_with_their_line(string row, string message)
    {
        var issue = Assert.Single(Parse("article_id\tsentence_id\tlabels\ttext\tcorpus\tsource\tstart\tend\tsha256\n" + row).Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_column_without_offsets_is_refused_at_the_header() =>
        Assert.Contains("'start' and 'end'", Assert.Single(Parse("article_id\tsentence_id\tlabels\ttext\tsource\n").Issues).Message, StringComparison.Ordinal);

    private static LabeledFileReadResult Parse(string content) => LabeledFileReader.Parse(System.Text.Encoding.UTF8.GetBytes(content), "log.tsv");
}
