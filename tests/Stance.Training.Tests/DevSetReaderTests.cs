using Stance.Model.Data;
using Stance.Training.Data;

namespace Stance.Training.Tests;

public sealed class DevSetReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-dev").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_sentences_from_corpus_offsets()
    {
        Directory.CreateDirectory(Path.Combine(_root, "corpus", "x"));
        File.WriteAllText(Path.Combine(_root, "corpus", "x", "a.txt"), "Title\n\nThe army denied it. Rebels shelled the town");
        var dev = Write("corpus_file\tstart\tend\tlabels\nx/a.txt\t7\t26\tdeny\nx/a.txt\t27\t50\taccuse\n");
        var sentences = DevSetReader.Read(dev, Path.Combine(_root, "corpus"))!;
        Assert.Equal(["The army denied it.", "Rebels shelled the town"], sentences.Select(s => s.Text));
        Assert.Equal([1, 2], sentences.Select(s => s.SentenceId));
    }

    [Fact]
    public void Returns_null_when_the_corpus_is_absent_so_callers_can_say_skipped() =>
        Assert.Null(DevSetReader.Read(Write("corpus_file\tstart\tend\tlabels\n"), Path.Combine(_root, "missing")));

    [Fact]
    public void Malformed_rows_fail_with_file_and_line()
    {
        Directory.CreateDirectory(Path.Combine(_root, "c"));
        File.WriteAllText(Path.Combine(_root, "c", "a.txt"), "short");
        var dev = Write("corpus_file\tstart\tend\tlabels\na.txt\t0\t99\tnone\na.txt\t0\t2\tblame\n");
        var error = Assert.Throws<LabeledFileException>(() => DevSetReader.Read(dev, Path.Combine(_root, "c")));
        Assert.Equal([2, 3], error.Issues.Select(i => i.Line));
    }

    private string Write(string content)
    {
        var path = Path.Combine(_root, "dev.tsv");
        File.WriteAllText(path, content);
        return path;
    }
}
