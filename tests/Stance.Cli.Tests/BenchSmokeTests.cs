using System.Diagnostics;

namespace Stance.Cli.Tests;

/// <summary>The benchmark harness on tiny data, so it never rots; the full run is 'bash bench/run'.</summary>
[Collection(SystemPackages.Collection)]
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task Bench_smoke_run_compares_both_systems_on_every_row()
    {
        var info = new ProcessStartInfo("bash", [RepoPaths.Of("bench", "run"), "--smoke"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        foreach (var row in new[] { "dev-real", "real training articles, 5-fold grouped CV", "scoring throughput", "cold start", "batch over", "peak memory", "training on the full data" })
        {
            Assert.Contains(row, stdout, StringComparison.Ordinal);
        }

        Assert.Equal(4, stdout.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("**", StringComparison.Ordinal)));
    }
}
