using Stance.Cli.Parsing;
using Stance.Model.Input;
using Stance.Model.Reading;

namespace Stance.Cli;

/// <summary><c>stance segment</c>: prints an article's sentences.</summary>
internal static class SegmentCommand
{
    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var file = Declare.One("FILE", "a text file, or - for standard input");
        var format = Declare.Choice("--format", "text: one sentence a line, id, [bp] for boilerplate, text (default); tsv: id, start, end, boilerplate, text (offsets into the original file)", "text", "tsv");
        return new StanceCommand("segment", "Prints an article's numbered sentences, as Stance classifies them.", file, format)
        {
            Run = r => Run(r.GetValue(file)!, r.GetValue(format) ?? "text", cli.Stdout, cli.Stderr),
        };
    }

    private static int Run(string path, string format, TextWriter stdout, TextWriter stderr)
    {
        string text;
        try
        {
            // The same reading as score: binary, empty, huge and non-UTF-8 files are refused by name.
            text = (path == "-" ? ArticleReader.Read(Console.OpenStandardInput(), "-") : ArticleReader.Read(path)).Text;
        }
        catch (ArticleReadException e)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.InputNotReadable;
        }

        foreach (var sentence in new DocumentReader().Read(path, text).Sentences)
        {
            stdout.WriteLine(format == "tsv"
                ? $"{sentence.Id}\t{sentence.Start}\t{sentence.End}\t{(sentence.IsBoilerplate ? 1 : 0)}\t{sentence.Text}"
                : $"{sentence.Id,3} {(sentence.IsBoilerplate ? "[bp] " : string.Empty)}{sentence.Text}");
        }

        return ExitCodes.Ok;
    }
}
