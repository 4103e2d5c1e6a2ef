using Stance.Model.Annotation;
using Stance.Model.Input;
using Stance.Model.Reading;
using Stance.Model.Segmentation;

namespace Stance.Cli.Annotation;

/// <summary>The sentences before a queued sentence, read from its source article (the queue holds no context).</summary>
internal sealed class ContextReader(string queueFolder)
{
    private readonly DocumentReader _reader = new();
    private string? _cachedPath;
    private IReadOnlyList<Sentence> _cached = [];
    private string? _cachedProblem;

    /// <summary>Up to <paramref name="count"/> sentences ending before <paramref name="row"/>, or a reason they cannot be shown.</summary>
    public (IReadOnlyList<Sentence> Before, string? Problem) Before(QueueRow row, int count)
    {
        var path = Path.GetFullPath(Path.Combine(queueFolder, row.Corpus, row.Source));
        if (path != _cachedPath)
        {
            _cachedPath = path;
            try
            {
                _cached = _reader.Read(path, ArticleReader.Read(path).Text).Sentences;
                _cachedProblem = null;
            }
            catch (ArticleReadException e)
            {
                _cached = [];
                _cachedProblem = $"context unavailable: {e.Message}";
            }
        }

        var before = _cached.Where(s => s.End <= row.Start && !s.IsBoilerplate).TakeLast(count).ToList();
        return (before, _cachedProblem);
    }
}
