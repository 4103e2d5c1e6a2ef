using Stance.Model.Annotation;
using Stance.Model.Data;
using Stance.Model.Labels;

namespace Stance.Model.Tests.Annotation;

public sealed class AnnotationSessionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-session").FullName;

    private static readonly QueueRow[] Queue =
    [
        Row(1, "accuse"), Row(2, "none"), Row(3, "deny"), Row(4, "none"),
    ];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Toggle_accept_skip_and_undo_are_logged_at_once()
    {
        var log = Path.Combine(_root, "q.decisions.tsv");
        using (var session = Open(log, out var s))
        {
            Assert.Equal("accuse", s.Working.ToString());
            s.Toggle(StanceLabel.Deny);
            s.Accept();
            Assert.Equal(1, s.Position);
            s.Skip();
            Assert.True(s.Undo());
            Assert.Equal(1, s.Position);
            s.Toggle(StanceLabel.CiteEvidence);
            s.Accept();

            // Already on disk, before the session is closed.
            var accepted = LabeledFileReader.Read(log);
            Assert.True(accepted.IsValid, string.Join("; ", accepted.Issues));
            Assert.Equal(["accuse,deny", "cite-evidence"], accepted.Sentences.Select(r => r.Labels.ToString()));
        }
    }

    [Fact]
    public void Reopening_resumes_at_the_first_undecided_sentence_with_the_undo_history()
    {
        var log = Path.Combine(_root, "q.decisions.tsv");
        using (Open(log, out var s))
        {
            s.Accept();
            s.Skip();
        }

        using (Open(log, out var s))
        {
            Assert.Equal(2, s.Position);
            Assert.Equal(1, s.Accepted);
            Assert.Equal(1, s.Skipped);
            Assert.True(s.Undo());
            Assert.Equal(1, s.Position);
            s.Accept();
            s.Accept();
            s.Accept();
            Assert.True(s.IsComplete);
        }

        var rows = LabeledFileReader.Load(log);
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.SentenceId).Order());
    }

    [Fact]
    public void A_line_cut_short_by_a_kill_is_dropped_so_the_log_stays_a_valid_labeled_file()
    {
        var log = Path.Combine(_root, "q.decisions.tsv");
        using (Open(log, out var s))
        {
            s.Accept();
        }

        File.AppendAllText(log, "a\t2\tno");
        using (Open(log, out var s))
        {
            Assert.Equal(1, s.Position);
            s.Accept();
        }

        var result = LabeledFileReader.Read(log);
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal([1, 2], result.Sentences.Select(r => r.SentenceId));
        using (Open(log, out var s))
        {
            Assert.Equal(2, s.Position);
        }
    }

    private static DecisionLog Open(string path, out AnnotationSession session)
    {
        var log = DecisionLog.Open(path);
        session = new AnnotationSession(Queue, log);
        return log;
    }

    private static QueueRow Row(int id, string labels) =>
        new("a", id, LabelSet.Parse(labels), $"Sentence {id}.", [0.5f, 0.1f, 0.1f, 0.1f], "c", "a.txt", id * 10, (id * 10) + 9, "0123456789abcdef", "random");
}
