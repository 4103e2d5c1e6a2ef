using Stance.Model.Labels;

namespace Stance.Model.Annotation;

/// <summary>
/// The state of an interactive labeling session over a queue: which sentence is shown, the
/// labels being edited, and the decisions so far. Every decision goes to the
/// <see cref="DecisionLog"/> at once; a session opened on an existing log resumes where it
/// stopped. No terminal code: the CLI maps keys to these methods.
/// </summary>
public sealed class AnnotationSession
{
    private readonly IReadOnlyList<QueueRow> _queue;
    private readonly DecisionLog _log;
    private readonly Dictionary<(string, int), int> _indexOf;
    private readonly (LabelSet Labels, Decision Decision)?[] _decided;
    private readonly Stack<int> _history = new();

    /// <summary>Opens a session on <paramref name="queue"/>, replaying the decisions already in <paramref name="log"/>.</summary>
    public AnnotationSession(IReadOnlyList<QueueRow> queue, DecisionLog log)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(log);
        _queue = queue;
        _log = log;
        _decided = new (LabelSet, Decision)?[queue.Count];
        _indexOf = new Dictionary<(string, int), int>();
        for (var i = 0; i < queue.Count; i++)
        {
            _indexOf.TryAdd((queue[i].ArticleId, queue[i].SentenceId), i);
        }

        foreach (var record in log.Records)
        {
            Replay(record);
        }

        Position = NextUndecided(0);
        Working = Current?.Labels ?? LabelSet.None;
    }

    /// <summary>Index of the sentence shown; equal to the queue's length when every sentence is decided.</summary>
    public int Position { get; private set; }

    /// <summary>The sentence shown, or null when the session is complete.</summary>
    public QueueRow? Current => Position < _queue.Count ? _queue[Position] : null;

    /// <summary>The labels as currently edited for <see cref="Current"/>.</summary>
    public LabelSet Working { get; private set; }

    /// <summary>True when every sentence of the queue is decided.</summary>
    public bool IsComplete => Current is null;

    /// <summary>Sentences accepted.</summary>
    public int Accepted => _decided.Count(d => d?.Decision == Decision.Accept);

    /// <summary>Sentences skipped.</summary>
    public int Skipped => _decided.Count(d => d?.Decision == Decision.Skip);

    /// <summary>Sentences in the queue.</summary>
    public int Total => _queue.Count;

    /// <summary>The queue's sentences (for context display).</summary>
    public IReadOnlyList<QueueRow> Queue => _queue;

    /// <summary>Adds or removes <paramref name="label"/> from <see cref="Working"/>.</summary>
    public void Toggle(StanceLabel label) => Working = Working.Contains(label) ? Without(Working, label) : Working.With(label);

    /// <summary>Sets <see cref="Working"/> to none.</summary>
    public void Clear() => Working = LabelSet.None;

    /// <summary>Keeps <see cref="Current"/> with <see cref="Working"/> and moves on.</summary>
    public void Accept() => Decide(Decision.Accept);

    /// <summary>Passes over <see cref="Current"/> (it is not used for training) and moves on.</summary>
    public void Skip() => Decide(Decision.Skip);

    /// <summary>Takes back the last decision and shows its sentence again; false when there is none.</summary>
    public bool Undo()
    {
        if (_history.Count == 0)
        {
            return false;
        }

        var index = _history.Pop();
        var (labels, _) = _decided[index]!.Value;
        _log.Append(_queue[index], labels, Decision.Undo);
        _decided[index] = null;
        Position = index;
        Working = labels;
        return true;
    }

    private void Decide(Decision decision)
    {
        if (Current is not { } row)
        {
            return;
        }

        _log.Append(row, Working, decision);
        _decided[Position] = (Working, decision);
        _history.Push(Position);
        Position = NextUndecided(Position + 1);
        Working = Current?.Labels ?? LabelSet.None;
    }

    private void Replay(DecisionRecord record)
    {
        if (!_indexOf.TryGetValue((record.ArticleId, record.SentenceId), out var index))
        {
            return;
        }

        if (record.Decision == Decision.Undo)
        {
            _decided[index] = null;
            if (_history.Count > 0 && _history.Peek() == index)
            {
                _history.Pop();
            }

            return;
        }

        _decided[index] = (record.Labels, record.Decision);
        _history.Push(index);
    }

    private int NextUndecided(int from)
    {
        for (var i = 0; i < _queue.Count; i++)
        {
            var index = (from + i) % Math.Max(1, _queue.Count);
            if (_decided[index] is null)
            {
                return index;
            }
        }

        return _queue.Count;
    }

    private static LabelSet Without(LabelSet set, StanceLabel label) =>
        LabelSet.Of([.. LabelSet.All.Where(l => l != label && set.Contains(l))]);
}
