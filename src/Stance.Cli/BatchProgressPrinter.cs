using System.Globalization;
using Stance.Model.Batch;

namespace Stance.Cli;

/// <summary>A progress bar on a terminal; a plain line every few seconds otherwise.</summary>
internal sealed class BatchProgressPrinter(TextWriter stderr, bool isTerminal) : IProgress<BatchProgress>
{
    private const int BarWidth = 30;
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private TimeSpan? _lastLine;
    private bool _drawn;

    public void Report(BatchProgress value)
    {
        var rate = value.Done / Math.Max(0.001, value.Elapsed.TotalSeconds);
        var eta = rate > 0 ? TimeSpan.FromSeconds((value.Total - value.Done) / rate) : TimeSpan.Zero;
        var text = string.Create(CultureInfo.InvariantCulture, $"{value.Done}/{value.Total} files, {rate:F0} files/s, {value.Skipped} skipped, ETA {eta:mm\\:ss}");
        if (isTerminal)
        {
            var filled = value.Total == 0 ? BarWidth : BarWidth * value.Done / value.Total;
            stderr.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {text}   ");
            _drawn = true;
        }
        else if (_lastLine is null || value.Elapsed - _lastLine >= LineInterval || value.Done == value.Total)
        {
            stderr.WriteLine(text);
            _lastLine = value.Elapsed;
        }
    }

    public void Finish()
    {
        if (_drawn)
        {
            stderr.WriteLine();
        }
    }
}
