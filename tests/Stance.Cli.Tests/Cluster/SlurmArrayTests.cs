using System.Diagnostics;
using Xunit.Abstractions;

namespace Stance.Cli.Tests.Cluster;

/// <summary>
/// deploy/slurm on a real single-node Slurm: the array script and the merge job, as README
/// tells users to submit them, give the bytes of one unsharded run; a task killed mid-run and
/// resubmitted alone resumes, and the merge gives the same bytes again.
/// </summary>
[Collection(SystemPackages.Collection)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SlurmArrayTests(ITestOutputHelper output) : IDisposable
{
    private const int Shards = 4;
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(180);
    private readonly string _root = Directory.CreateTempSubdirectory("stance-slurm").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [SkippableFact]
    public void Array_and_merge_jobs_give_the_unsharded_bytes_also_after_a_killed_task_is_resubmitted_alone()
    {
        var missing = SlurmCluster.WhyMissing;
        Skip.If(missing is not null, missing);
        var clock = Stopwatch.StartNew();
        var (corpus, description) = Corpus();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: corpus copied");
        var reference = Path.Combine(_root, "unsharded.jsonl");
        Assert.Equal(0, CliRunner.Run("batch", corpus, "--out", reference, "--quiet").Exit);
        var expected = File.ReadAllBytes(reference);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: unsharded run done");

        // munged (the munge user) must be able to reach its socket folder inside this one.
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
        using var cluster = SlurmCluster.Start(Path.Combine(_root, "slurm"));
        var started = clock.Elapsed;
        cluster.Environment["PATH"] = $"{CliWrapper.Create(_root)}:{Environment.GetEnvironmentVariable("PATH")}";
        var logs = Path.Combine(_root, "logs");
        Directory.CreateDirectory(logs);

        // 1. The whole array, and the merge job that waits for all of it.
        var first = Path.Combine(_root, "labels");
        var array = cluster.Submit(["--array=1-4", .. Options(corpus, first, logs), Script("stance-array.sbatch")]);
        var merge = cluster.Submit([$"--dependency=afterok:{array}", .. Options(corpus, first, logs), Script("stance-merge.sbatch")]);
        Assert.Equal("COMPLETED", cluster.Wait(merge, JobTimeout)[merge]);
        Assert.All(cluster.States(array).Values, s => Assert.Equal("COMPLETED", s));
        Assert.Equal(Shards, cluster.States(array).Count);
        AssertSameBytes(expected, Path.Combine(first, "labels.jsonl"), Logs(logs));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: first array and merge done");

        // 2. Task 3 fails: its output is gone, the index rerun alone is killed mid-run, and a merge
        // waiting on it never starts.
        foreach (var file in Directory.GetFiles(first, "labels-3.jsonl*").Append(Path.Combine(first, "labels.jsonl")))
        {
            File.Delete(file);
        }

        var failing = cluster.Submit(["--array=3", .. Options(corpus, first, logs), Script("stance-array.sbatch")]);
        merge = cluster.Submit([$"--dependency=afterok:{failing}", .. Options(corpus, first, logs), Script("stance-merge.sbatch")]);
        var partial = Path.Combine(first, "labels-3.jsonl.partial");
        var done = Path.Combine(first, "labels-3.jsonl");
        WaitFor(() => (File.Exists(partial) && new FileInfo(partial).Length > 0) || File.Exists(done), "task 3 never wrote its first chunk");
        Assert.False(File.Exists(done), "task 3 finished before it could be killed; the corpus is too small for this machine");
        cluster.Run("scancel", "--signal=KILL", "--full", $"{failing}_3");
        var killed = cluster.Wait(failing, JobTimeout)[$"{failing}_3"];
        Assert.NotEqual("COMPLETED", killed);
        Assert.False(File.Exists(done));
        Assert.True(File.Exists(Path.Combine(first, "labels-3.jsonl.journal")));
        var killedAt = new FileInfo(partial).Length;
        WaitFor(() => cluster.States(merge)[merge].Contains("DependencyNeverSatisfied", StringComparison.Ordinal), "the merge job did not stay blocked");
        cluster.Run("scancel", merge);
        Assert.False(File.Exists(Path.Combine(first, "labels.jsonl")));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: task 3 killed ({killed}) at {killedAt:N0} bytes of its partial output; the merge stayed blocked");

        // 3. Only index 3 resubmitted (it resumes from its journal), then the merge again.
        var retry = cluster.Submit(["--array=3", .. Options(corpus, first, logs), Script("stance-array.sbatch")]);
        merge = cluster.Submit([$"--dependency=afterok:{retry}", .. Options(corpus, first, logs), Script("stance-merge.sbatch")]);
        Assert.Equal("COMPLETED", cluster.Wait(merge, JobTimeout)[merge]);
        Assert.Contains("--resume", File.ReadAllText(Path.Combine(logs, $"stance-label-{retry}_3.out")), StringComparison.Ordinal);
        AssertSameBytes(expected, Path.Combine(first, "labels.jsonl"), Logs(logs));

        output.WriteLine($"corpus: {description}; Slurm started in {started.TotalSeconds:F1} s; whole test {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"merged = unsharded = {expected.Length:N0} bytes, byte-identical; again after task 3 was killed and resubmitted alone");
    }

    private static string Script(string name) => RepoPaths.Of("deploy", "slurm", name);

    private static string[] Options(string corpus, string outDir, string logs) =>
        ["--cpus-per-task=1", "--mem=512M", $"--output={logs}/%x-%A_%a.out", $"--export=ALL,CORPUS={corpus},OUT_DIR={outDir},SHARDS={Shards}"];

    private static void AssertSameBytes(byte[] expected, string path, string context)
    {
        Assert.True(File.Exists(path), $"{path} was not written:\n{context}");
        var actual = File.ReadAllBytes(path);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{path}: {actual.Length} bytes differ from the unsharded {expected.Length}");
    }

    private static void WaitFor(Func<bool> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < JobTimeout, failure);
            Thread.Sleep(20);
        }
    }

    private static string Logs(string folder) =>
        string.Join("\n", Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => $"== {Path.GetFileName(f)}\n{File.ReadAllText(f)}"));

    /// <summary>
    /// Part of the real corpora beside the checkout when present (1,200 articles), else about as many
    /// copies of the seeds: big enough that a task killed after its first chunk is still running.
    /// </summary>
    private (string Path, string Description) Corpus()
    {
        var corpus = Path.Combine(_root, "corpus");
        var shared = RepoPaths.Of("..", "shared", "corpora");
        string[] folders = ["fakes-syria", "fnc1-bodies"];
        if (folders.All(f => Directory.Exists(Path.Combine(shared, f))))
        {
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(Path.Combine(corpus, folder));
                // The first 600 articles of each: 1,200 articles.
                foreach (var file in Directory.GetFiles(Path.Combine(shared, folder), "*.txt").Order(StringComparer.Ordinal).Take(600))
                {
                    File.Copy(file, Path.Combine(corpus, folder, Path.GetFileName(file)));
                }
            }

            return (corpus, $"{string.Join(" + ", folders)} from ../shared/corpora, {Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Length} articles");
        }

        for (var c = 0; c < 260; c++)
        {
            var folder = Path.Combine(corpus, $"outlet{c:D3}");
            Directory.CreateDirectory(folder);
            foreach (var seed in Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt"))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }
        }

        return (corpus, "260 copies of the 5 seeds (../shared/corpora is not beside this checkout), 1,300 articles");
    }
}
