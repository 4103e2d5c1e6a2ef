using System.Diagnostics;

namespace Stance.Cli.Tests.Cluster;

/// <summary>
/// deploy/k8s/label-shard.sh run as an Indexed Job runs it (no Kubernetes here): one process per
/// JOB_COMPLETION_INDEX, then merge, gives the bytes of one unsharded run.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class KubernetesEntryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-k8s").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void One_run_per_completion_index_then_merge_gives_the_unsharded_bytes()
    {
        var corpus = Path.Combine(_root, "corpus");
        for (var c = 0; c < 4; c++)
        {
            Directory.CreateDirectory(Path.Combine(corpus, $"outlet{c}"));
            foreach (var seed in Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt"))
            {
                File.Copy(seed, Path.Combine(corpus, $"outlet{c}", Path.GetFileName(seed)));
            }
        }

        var whole = Path.Combine(_root, "whole.jsonl");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", whole, "--quiet").Exit);
        var labels = Path.Combine(_root, "labels");
        var bin = CliWrapper.Create(_root);
        foreach (var index in new[] { 0, 1, 2 })
        {
            var (exit, text) = Entry(bin, corpus, labels, index);
            Assert.True(exit == 0, text);
        }

        // A pod replacing one whose shard already finished does nothing.
        Assert.Contains("already complete", Entry(bin, corpus, labels, 1).Output, StringComparison.Ordinal);

        var merged = Path.Combine(labels, "labels.jsonl");
        var result = CliRunner.Run("merge", Path.Combine(labels, "labels-1.jsonl"), Path.Combine(labels, "labels-2.jsonl"), Path.Combine(labels, "labels-3.jsonl"), "--out", merged, "--expect", corpus);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(merged));
        Assert.Equal("3/3", System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(labels, "labels-3.jsonl.run.json"))).RootElement.GetProperty("shard").GetString());
    }

    private static (int Exit, string Output) Entry(string bin, string corpus, string labels, int index)
    {
        var info = new ProcessStartInfo("sh", [RepoPaths.Of("deploy", "k8s", "label-shard.sh")]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}";
        info.Environment["CORPUS"] = corpus;
        info.Environment["OUT_DIR"] = labels;
        info.Environment["SHARDS"] = "3";
        info.Environment["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment.Remove("SLURM_ARRAY_TASK_ID");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
