namespace Stance.Cli;

/// <summary>A small, strict reader of one command's arguments: options with values, flags, positionals.</summary>
internal sealed class ArgumentReader(string command, string[] args)
{
    private int _index = -1;

    /// <summary>The current argument.</summary>
    public string Current => args[_index];

    /// <summary>Moves to the next argument; false at the end.</summary>
    public bool Next() => ++_index < args.Length;

    /// <summary>The value after the current option.</summary>
    public string Value()
    {
        var option = Current;
        if (_index + 1 >= args.Length || (args[_index + 1].StartsWith("--", StringComparison.Ordinal) && args[_index + 1].Length > 2))
        {
            throw new UsageException($"{option} needs a value.");
        }

        return args[++_index];
    }

    /// <summary>The value after the current option as a whole number in a range.</summary>
    public int IntValue(int min, int max)
    {
        var option = Current;
        var text = Value();
        return int.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{option} takes a whole number from {min} to {max}, not '{text}'.");
    }

    /// <summary>Values after the current option up to the next option (at least one).</summary>
    public List<string> Values()
    {
        var option = Current;
        var values = new List<string>();
        while (_index + 1 < args.Length && !(args[_index + 1].StartsWith("--", StringComparison.Ordinal) && args[_index + 1].Length > 2))
        {
            values.Add(args[++_index]);
        }

        return values.Count > 0 ? values : throw new UsageException($"{option} needs at least one value.");
    }

    /// <summary>Fails for an argument the command does not know.</summary>
    public UsageException Unknown() => new(Current.StartsWith('-') && Current != "-"
        ? $"unknown option '{Current}' for {command}."
        : $"unexpected argument '{Current}' for {command}.");
}
