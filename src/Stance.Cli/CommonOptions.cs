using System.CommandLine;
using Stance.Cli.Parsing;
using Stance.Model.Input;
using Stance.Model.Labels;

namespace Stance.Cli;

/// <summary>The options several commands share, declared once so their help reads the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>--model PATH.</summary>
    public static Option<string> Model() =>
        Declare.Value("--model", "PATH", "a model written by 'stance train' (default: the shipped model)");

    /// <summary>--threshold LABEL=P, repeatable; read with <see cref="ThresholdsOf"/>.</summary>
    public static Option<List<string>> Thresholds()
    {
        var option = Declare.Repeated("--threshold", "LABEL=P", "override a label's threshold, e.g. --threshold deny=0.5 (repeatable)");
        option.Validators.Add(result =>
        {
            try
            {
                ThresholdsOf(result.GetValueOrDefault<List<string>>());
            }
            catch (UsageException e)
            {
                result.AddError(e.Message);
            }
        });
        return option;
    }

    /// <summary>The thresholds the --threshold values ask for (the last one of a label wins).</summary>
    public static Dictionary<StanceLabel, double> ThresholdsOf(IEnumerable<string>? values)
    {
        var thresholds = new Dictionary<StanceLabel, double>();
        foreach (var value in values ?? [])
        {
            var (label, p) = ModelLoader.ParseThreshold(value);
            thresholds[label] = p;
        }

        return thresholds;
    }

    /// <summary>--encoding E; not given, it is UTF-8 (the enum's first value).</summary>
    public static Option<TextEncoding> Encoding()
    {
        var option = Declare.Parsed("--encoding", "E", "utf-8 (default), utf-16, latin1, windows-1252, or auto (BOM-less UTF-16, else UTF-8, else Windows-1252 with a warning)", EncodingOption.Parse);
        // Not the enum's own names (Utf8, Latin1...): the names users type.
        option.CompletionSources.Clear();
        option.CompletionSources.Add("utf-8", "utf-16", "latin1", "windows-1252", "auto");
        return option;
    }
}
