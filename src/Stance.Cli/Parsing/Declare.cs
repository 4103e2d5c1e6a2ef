using System.CommandLine;
using System.CommandLine.Parsing;

namespace Stance.Cli.Parsing;

/// <summary>
/// Makes the options and arguments of every command the same way: each is declared once with its
/// help text, and its value is checked while parsing, with Stance's own one-line messages.
/// </summary>
internal static class Declare
{
    /// <summary>An option with one value, e.g. <c>--out FILE</c>.</summary>
    public static Option<string> Value(string name, string helpName, string description) =>
        Parsed(name, helpName, description, text => text);

    /// <summary>An option without a value, e.g. <c>--force</c>.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option given once per value, e.g. <c>--include A --include B</c>.</summary>
    public static Option<List<string>> Repeated(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => Values(result),
    };

    /// <summary>An option followed by one or more values, up to the next option, e.g. <c>--gold A B</c>.</summary>
    public static Option<List<string>> Many(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName + "...",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result => Values(result),
    };

    /// <summary>An option whose value is one of <paramref name="choices"/>; they are completed on Tab.</summary>
    public static Option<string> Choice(string name, string description, params string[] choices)
    {
        var option = Parsed(name, string.Join('|', choices), description, (text, command) => choices.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new UsageException($"unknown {name.TrimStart('-')} '{text}' for {command}: use {Join(choices)}."));
        option.CompletionSources.Add(choices);
        return option;
    }

    /// <summary>An option taking a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> Int(string name, string helpName, string description, int min, int max, int fallback)
    {
        var option = Parsed(name, helpName, description, text => WholeNumber(name, text, min, max));
        option.DefaultValueFactory = _ => fallback;
        return option;
    }

    /// <summary>The value of option <paramref name="name"/> as a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <exception cref="UsageException">Not such a number.</exception>
    public static int WholeNumber(string name, string text, int min, int max) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} takes a whole number from {min} to {max}, not '{text}'.");

    /// <summary>An option whose value <paramref name="parse"/> converts, throwing <see cref="UsageException"/> for a bad one.</summary>
    public static Option<T> Parsed<T>(string name, string helpName, string description, Func<string, T> parse) =>
        Parsed(name, helpName, description, (text, _) => parse(text));

    /// <summary>The command's positional argument with exactly one value, e.g. score's FILE.</summary>
    public static Argument<string> One(string name, string description) => new(name) { Description = description };

    /// <summary>The command's positional arguments, one or more (or any number when <paramref name="optional"/>).</summary>
    public static Argument<List<string>> Some(string name, string description, bool optional = false) => new(name)
    {
        Description = description,
        Arity = optional ? ArgumentArity.ZeroOrMore : ArgumentArity.OneOrMore,
    };

    private static Option<T> Parsed<T>(string name, string helpName, string description, Func<string, string, T> parse) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0 || !Checked(result))
            {
                return default!;
            }

            try
            {
                return parse(result.Tokens[^1].Value, CommandOf(result));
            }
            catch (UsageException e)
            {
                result.AddError(e.Message);
                return default!;
            }
        },
    };

    private static List<string> Values(ArgumentResult result) => Checked(result) ? [.. result.Tokens.Select(t => t.Value)] : [];

    /// <summary>
    /// A value that looks like an option (<c>--format --quiet</c>) means the value was forgotten;
    /// after other values, it is an option this command does not have.
    /// </summary>
    private static bool Checked(ArgumentResult result)
    {
        for (var i = 0; i < result.Tokens.Count; i++)
        {
            var text = result.Tokens[i].Value;
            if (text.Length > 2 && text.StartsWith("--", StringComparison.Ordinal))
            {
                var option = ((OptionResult)result.Parent!).Option;
                result.AddError(i == 0
                    ? $"{option.Name} needs a value."
                    : ParseErrorMessages.UnknownOption(text, (CommandResult)result.Parent!.Parent!));
                return false;
            }
        }

        return true;
    }

    private static string CommandOf(ArgumentResult result) => result.Parent?.Parent is CommandResult command ? command.Command.Name : "stance";

    private static string Join(string[] names) =>
        names.Length == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Length - 1))} or {names[^1]}";
}
