using Stance.Model.Labels;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary>Shared handling of --model and --threshold.</summary>
internal static class ModelLoader
{
    private static Task<StanceModel>? _prefetched;

    /// <summary>
    /// Starts loading the shipped model on another core while the command line is parsed: on a
    /// cold <c>stance score</c> both take tens of milliseconds. <see cref="Load"/> then waits for it.
    /// </summary>
    public static void PrefetchDefault() => _prefetched ??= Task.Run(StanceModel.LoadDefault);

    /// <summary>True when <paramref name="args"/> run a command that loads the shipped model first thing.</summary>
    public static bool LoadsDefaultModel(IReadOnlyList<string> args) =>
        args is ["score", ..] && !args.Any(a => a == "--model" || a.StartsWith("--model=", StringComparison.Ordinal) || a is "-h" or "--help" or "-?");

    /// <summary>The model at <paramref name="path"/>, or the shipped one.</summary>
    /// <exception cref="CommandFailedException">The model is missing or invalid (exit code 3).</exception>
    public static StanceModel Load(string? path)
    {
        try
        {
            return path is null
                ? Interlocked.Exchange(ref _prefetched, null)?.GetAwaiter().GetResult() ?? StanceModel.LoadDefault()
                : StanceModel.Load(path);
        }
        catch (ModelLoadException e)
        {
            throw new CommandFailedException(ExitCodes.ModelInvalid, e.Message);
        }
    }

    /// <summary>Parses LABEL=P, e.g. deny=0.6.</summary>
    public static (StanceLabel Label, double Threshold) ParseThreshold(string text)
    {
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || !LabelSet.TryParseLabel(parts[0], out var label))
        {
            throw new UsageException($"--threshold takes LABEL=P with LABEL one of {string.Join(", ", LabelSet.Names)}, not '{text}'.");
        }

        if (!double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) || p <= 0 || p >= 1)
        {
            throw new UsageException($"--threshold {parts[0]}= needs a probability between 0 and 1, not '{parts[1]}'.");
        }

        return (label, p);
    }
}
