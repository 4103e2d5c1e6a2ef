namespace Stance.Cli;

/// <summary>
/// A small, strict reader of one command's arguments: options with values (<c>--opt value</c>
/// or <c>--opt=value</c>), flags, positionals; <c>--</c> ends the options, so a path may start
/// with '-' after it.
/// </summary>
internal sealed class ArgumentReader(string command, string[] args)
{
    private readonly List<string> _args = [.. args];
    private int _index = -1;
    private bool _positionalOnly;

    /// <summary>The current argument.</summary>
    public string Current => _args[_index];

    /// <summary>True when the current argument is an option (not a path, not '-', not after '--').</summary>
    public bool IsOption => !_positionalOnly && Current.Length > 1 && Current[0] == '-';

    /// <summary>The current argument when it is an option, otherwise a value that matches no option name.</summary>
    public string Option => IsOption ? Current : "\0";

    /// <summary>Moves to the next argument; false at the end.</summary>
    public bool Next()
    {
        _index++;
        if (!_positionalOnly && _index < _args.Count && _args[_index] == "--")
        {
            _positionalOnly = true;
            _index++;
        }

        if (!_positionalOnly && _index < _args.Count && _args[_index].StartsWith("--", StringComparison.Ordinal) && _args[_index].IndexOf('=', StringComparison.Ordinal) is > 2 and var equals)
        {
            // --opt=value is read as --opt value.
            _args.Insert(_index + 1, _args[_index][(equals + 1)..]);
            _args[_index] = _args[_index][..equals];
        }

        return _index < _args.Count;
    }

    /// <summary>The value after the current option.</summary>
    public string Value()
    {
        var option = Current;
        if (_index + 1 >= _args.Count || IsOptionName(_args[_index + 1]))
        {
            throw new UsageException($"{option} needs a value.");
        }

        return _args[++_index];
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

    /// <summary>Values after the current option up to the next option or '--' (at least one).</summary>
    public List<string> Values()
    {
        var option = Current;
        var values = new List<string>();
        while (_index + 1 < _args.Count && !IsOptionName(_args[_index + 1]) && _args[_index + 1] != "--")
        {
            values.Add(_args[++_index]);
        }

        return values.Count > 0 ? values : throw new UsageException($"{option} needs at least one value.");
    }

    /// <summary>Fails for an argument the command does not know.</summary>
    public UsageException Unknown() => new(IsOption
        ? $"unknown option '{Current}' for {command} (a path starting with '-' goes after '--')."
        : $"unexpected argument '{Current}' for {command}.");

    private static bool IsOptionName(string text) => text.StartsWith("--", StringComparison.Ordinal) && text.Length > 2;
}
