using System.Globalization;
using System.Text;
using Stance.Model.Annotation;
using Stance.Model.Labels;

namespace Stance.Cli.Annotation;

/// <summary>
/// The terminal UI of <c>stance annotate --interactive</c>: shows a queued sentence with the two
/// before it and the suggested labels; 1-4 toggle a label, 0 clears, Enter or a accepts, s skips,
/// u undoes, q quits. Every decision is already on disk when the next screen is drawn.
/// </summary>
internal sealed class InteractiveAnnotator(AnnotationSession session, IKeySource keys, TextWriter screen, ContextReader context, string queueName, int width)
{
    private const string Clear = "\u001b[2J\u001b[H";
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";
    private string? _message;

    /// <summary>Runs until the queue is done, q is pressed or input ends. Returns true when the queue is complete.</summary>
    public bool Run()
    {
        while (!session.IsComplete)
        {
            Draw();
            if (keys.Next() is not { } key || key.KeyChar is 'q' or 'Q' || key.Key == ConsoleKey.Escape)
            {
                return false;
            }

            Handle(key);
        }

        return true;
    }

    private void Handle(ConsoleKeyInfo key)
    {
        _message = null;
        switch (key.KeyChar)
        {
            case >= '1' and <= '4':
                session.Toggle((StanceLabel)(key.KeyChar - '1'));
                break;
            case '0' or 'n':
                session.Clear();
                break;
            case 'a' or '\r' or '\n':
                session.Accept();
                break;
            case 's':
                session.Skip();
                break;
            case 'u':
                _message = session.Undo() ? "undone" : "nothing to undo";
                break;
            default:
                if (key.Key == ConsoleKey.Enter)
                {
                    session.Accept();
                }
                else if (key.Key == ConsoleKey.Backspace)
                {
                    _message = session.Undo() ? "undone" : "nothing to undo";
                }
                else
                {
                    _message = $"unknown key '{key.KeyChar}': 1-4 toggle, 0 none, Enter accept, s skip, u undo, q quit";
                }

                break;
        }
    }

    private void Draw()
    {
        var row = session.Current!;
        var text = new StringBuilder(Clear);
        var decided = session.Accepted + session.Skipped;
        text.Append(Bold).Append($"stance annotate · {queueName} · {decided} of {session.Total} decided ({session.Accepted} accepted, {session.Skipped} skipped)").Append(Reset).Append('\n');
        text.Append($"{row.ArticleId} · sentence {row.SentenceId} · picked: {row.Strategy}\n\n");
        var (before, problem) = context.Before(row, 2);
        if (problem is not null)
        {
            text.Append(Dim).Append("  (").Append(problem).Append(")\n").Append(Reset);
        }

        foreach (var sentence in before)
        {
            AppendWrapped(text, $"  [{sentence.Id}] ", sentence.Text, Dim);
        }

        AppendWrapped(text, $"> [{row.SentenceId}] ", row.Text, Bold);
        text.Append('\n');
        text.Append("  model:  ").Append(string.Join("  ", LabelSet.All.Select(l => $"{LabelSet.NameOf(l)} {row.Probabilities[(int)l].ToString("0.00", CultureInfo.InvariantCulture)}"))).Append('\n');
        text.Append("  labels: ").Append(string.Join("  ", LabelSet.All.Select(l => $"[{(session.Working.Contains(l) ? 'x' : ' ')}] {(int)l + 1} {LabelSet.NameOf(l)}"))).Append($"   => {session.Working}\n\n");
        text.Append(Dim).Append("  1-4 toggle · 0 none · Enter/a accept · s skip · u undo · q quit").Append(Reset).Append('\n');
        if (_message is not null)
        {
            text.Append("  ").Append(_message).Append('\n');
        }

        screen.Write(text.ToString());
        screen.Flush();
    }

    private void AppendWrapped(StringBuilder text, string prefix, string sentence, string style)
    {
        var room = Math.Max(20, width - prefix.Length - 1);
        var line = new StringBuilder();
        var first = true;
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                Emit();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        Emit();

        void Emit()
        {
            text.Append(first ? prefix : new string(' ', prefix.Length)).Append(style).Append(line).Append(Reset).Append('\n');
            line.Clear();
            first = false;
        }
    }
}
