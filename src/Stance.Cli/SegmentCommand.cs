using Stance.Model.Input;
using Stance.Model.Reading;

namespace Stance.Cli;

/// <summary><c>stance segment</c>: prints an article's sentences.</summary>
internal static class SegmentCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        var format = "text";
        var reader = new ArgumentReader("segment", args);
        while (reader.Next())
        {
            switch (reader.Option)
            {
                case "-h" or "--help":
                    stdout.Write(Usage.Segment);
                    return ExitCodes.Ok;
                case "--format":
                    format = reader.Value();
                    if (format is not ("text" or "tsv"))
                    {
                        throw new UsageException($"unknown format '{format}' for segment: use text or tsv.");
                    }

                    break;
                default:
                    if (reader.IsOption)
                    {
                        throw reader.Unknown();
                    }

                    path = path is null ? reader.Current : throw new UsageException("segment takes one file.");
                    break;
            }
        }

        if (path is null)
        {
            throw new UsageException("segment needs a FILE (or - for standard input).");
        }

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
