using System.CommandLine;
using System.CommandLine.Parsing;

namespace Stance.Cli.Parsing;

/// <summary>
/// Turns what the parser found wrong into one line in Stance's words, naming the argument at
/// fault and, for a typo, the names it was probably meant to be.
/// </summary>
internal static class ParseErrorMessages
{
    /// <summary>The usage error in <paramref name="result"/>, or null when the command line is well formed.</summary>
    public static string? Describe(ParseResult result)
    {
        var command = result.CommandResult;
        if (StrayOption(result) is { } stray)
        {
            return UnknownOption(stray, command);
        }

        if (result.Errors.Count == 0)
        {
            return null;
        }

        // A value gone wrong comes first: the words left over after it follow from it.
        if (result.Errors.FirstOrDefault(e => e.SymbolResult is OptionResult { Implicit: false } or ArgumentResult { Parent: OptionResult { Implicit: false } }) is { } invalid)
        {
            return invalid.SymbolResult is OptionResult { Tokens.Count: 0, Option: { Arity.MinimumNumberOfValues: > 0 } option }
                ? $"{option.Name} needs a value."
                : invalid.Message;
        }

        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            return command.Command is RootCommand root
                ? $"unknown command '{token}'{Suggestions.For(token, root.Subcommands.Select(c => c.Name))}."
                : command.Command.Arguments is [{ Arity.MaximumNumberOfValues: 1 } single]
                    ? $"{command.Command.Name} takes one {single.Name}; '{token}' is one too many."
                    : $"unexpected argument '{token}' for {command.Command.Name}.";
        }

        if (Missing(command) is { Count: > 0 } missing)
        {
            var needs = string.Join(" and ", missing);
            return $"{command.Command.Name} needs {needs}{(needs.EndsWith('.') ? string.Empty : ".")}";
        }

        return result.Errors[0].Message;
    }

    /// <summary>The message for an option <paramref name="command"/> does not have, with the ones it was probably meant to be.</summary>
    public static string UnknownOption(string token, CommandResult command)
    {
        var names = AllOptions(command).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        var suggestion = Suggestions.For(token, names);
        return $"unknown option '{token}' for {command.Command.Name}{(suggestion.Length > 0 ? suggestion : " (a path starting with '-' goes after '--')")}.";
    }

    /// <summary>
    /// A positional value before '--' that starts with '-': the parser takes any unknown word for
    /// an argument, but here it is a mistyped option or a path that belongs after '--'.
    /// </summary>
    private static string? StrayOption(ParseResult result)
    {
        var end = result.Tokens.ToList().FindIndex(t => t.Type == TokenType.DoubleDash);
        var beforeEnd = end < 0 ? result.Tokens : result.Tokens.Take(end).ToList();
        var positional = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens);
        return positional.Where(t => beforeEnd.Any(b => ReferenceEquals(b, t))).Select(t => t.Value)
            .Concat(result.UnmatchedTokens.Where(u => beforeEnd.Any(b => b.Value == u)))
            .FirstOrDefault(v => v.Length > 1 && v[0] == '-');
    }

    /// <summary>The required arguments and options not given, as they read in the usage line.</summary>
    private static List<string> Missing(CommandResult command)
    {
        var missing = new List<string>();
        foreach (var argument in command.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0))
        {
            if (command.GetResult(argument) is not { Tokens.Count: > 0 })
            {
                missing.Add(argument.Arity.MaximumNumberOfValues == 1 ? $"a {argument.Name}" : $"{argument.Name}...");
            }
        }

        foreach (var option in command.Command.Options.Where(o => o.Required))
        {
            if (command.GetResult(option) is not { Implicit: false })
            {
                missing.Add($"{option.Name} {option.HelpName}");
            }
        }

        return missing;
    }

    private static IEnumerable<Option> AllOptions(CommandResult command)
    {
        for (SymbolResult? at = command; at is not null; at = at.Parent)
        {
            if (at is CommandResult { Command: var c })
            {
                foreach (var option in c.Options.Where(o => at == command || o.Recursive))
                {
                    yield return option;
                }
            }
        }
    }
}
