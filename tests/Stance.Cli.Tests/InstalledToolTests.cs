using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Stance.Cli.Tests;

/// <summary>
/// The README's install path, end to end: pack the tool from a copy of the sources, install it into
/// a temporary tool path, and run every command through the installed <c>stance</c>.
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stance-tool").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [SkippableFact]
    public void The_packed_tool_installs_and_runs_every_command()
    {
        Skip.IfNot(RuntimeInformation.RuntimeIdentifier == "linux-x64", $"the test packs the linux-x64 tool package only; this is {RuntimeInformation.RuntimeIdentifier}");
        var sources = Path.Combine(_root, "src");
        CopySources(sources);
        var packages = Path.Combine(_root, "packages");
        // One platform package (this machine's) keeps the test to one ReadyToRun compile.
        Run(sources, "dotnet", "pack", "src/Stance.Cli", "-c", "Release", "-o", packages, "-p:ToolPackageRuntimeIdentifiers=linux-x64", "-nologo", "-v", "q");
        Assert.Contains(Directory.GetFiles(packages), f => Path.GetFileName(f) == "Stance.Cli.linux-x64.0.1.0.nupkg");
        var tools = Path.Combine(_root, "tools");
        Run(_root, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "Stance.Cli");
        var stance = Path.Combine(tools, "stance");

        var seed = RepoPaths.Of("seeds", "004_d287f8da5092c987.txt");
        Assert.Contains("model: ", Run(_root, stance, "--version"), StringComparison.Ordinal);
        Assert.Contains("\"sentences\"", Run(_root, stance, "score", seed, "--format", "json"), StringComparison.Ordinal);
        // Web pages and Markdown run on libraries shipped without ReadyToRun (AngleSharp, SmartReader, Markdig).
        var page = Path.Combine(_root, "page.html");
        File.WriteAllText(page, "<html><head><title>Minister denies report</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Minister denies report</h1>"
            + string.Concat(Enumerable.Repeat("<p>The minister denied the report on Tuesday, calling it a fabrication. Critics accused the ministry of hiding the figures, citing documents seen by reporters.</p>", 6))
            + "</article></body></html>");
        Assert.Contains("fabrication", Run(_root, stance, "score", page, "--format", "tsv"), StringComparison.Ordinal);
        var markdown = Path.Combine(_root, "note.md");
        File.WriteAllText(markdown, "# Minister denies report\n\nThe minister **denied** the report, calling it a fabrication.\n\n- Critics accused the ministry of hiding the figures.\n");
        Assert.Contains("fabrication", Run(_root, stance, "score", markdown, "--format", "tsv"), StringComparison.Ordinal);
        Assert.Contains("Russia", Run(_root, stance, "segment", seed), StringComparison.Ordinal);
        Assert.Contains("macro-F1", Run(_root, stance, "evaluate", "--gold", RepoPaths.Of("data", "seed-sentences.tsv")), StringComparison.Ordinal);
        var shard = Path.Combine(_root, "labels.jsonl");
        Run(_root, stance, "batch", RepoPaths.Of("seeds"), "--out", shard, "--shard", "1/1", "--quiet");
        Run(_root, stance, "merge", shard, "--out", Path.Combine(_root, "merged.jsonl"), "--expect", RepoPaths.Of("seeds"));
        // Parquet is shipped with its Snappy codec only (Zstandard and LZ4 are dropped): batch writes it, merge reads it back.
        var parquetShard = Path.Combine(_root, "labels.parquet");
        Run(_root, stance, "batch", RepoPaths.Of("seeds"), "--out", parquetShard, "--format", "parquet", "--shard", "1/1", "--quiet");
        Run(_root, stance, "merge", parquetShard, "--out", Path.Combine(_root, "merged.parquet"), "--expect", RepoPaths.Of("seeds"));
        Run(_root, stance, "annotate", RepoPaths.Of("seeds"), "--out", Path.Combine(_root, "queue.tsv"), "--n", "10", "--strategy", "random");
        Run(_root, stance, "train", "--data", RepoPaths.Of("data", "seed-sentences.tsv"), "--out", Path.Combine(_root, "model.zip"), "--no-dev", "--no-trials", "--folds", "2", "--no-rates");
        Assert.Contains("\"sentences\"", Run(_root, stance, "score", seed, "--format", "json", "--model", Path.Combine(_root, "model.zip")), StringComparison.Ordinal);
        // A FastTree model has no exported linear scorer: scoring it loads ML.NET and FastTree's native library.
        var trees = Path.Combine(_root, "trees.zip");
        Run(_root, stance, "train", "--data", RepoPaths.Of("data", "seed-sentences.tsv"), "--out", trees, "--trainer", "fasttree", "--no-dev", "--no-trials", "--folds", "2", "--no-rates");
        Assert.Contains("\"sentences\"", Run(_root, stance, "score", seed, "--format", "json", "--model", trees), StringComparison.Ordinal);
        AssertShipsOnlyWhatCommandsLoad(Path.Combine(packages, "Stance.Cli.linux-x64.0.1.0.nupkg"));
    }

    /// <summary>The files Stance.Cli.csproj drops stay out of the package, and the model is the compressed one.</summary>
    private static void AssertShipsOnlyWhatCommandsLoad(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => Path.GetFileName(e.FullName)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var dropped in new[] { "libLdaNative.so", "System.CodeDom.dll", "Microsoft.ML.KMeansClustering.dll", "Microsoft.ML.PCA.dll", "ZstdSharp.dll", "K4os.Compression.LZ4.dll", "Stance.Model.xml", "stance.pdb" })
        {
            Assert.DoesNotContain(dropped, names);
        }

        Assert.DoesNotContain(names, n => n.EndsWith(".dbg", StringComparison.Ordinal));
        var model = zip.Entries.Single(e => e.Name == "Stance.Model.dll");
        var committedModel = new FileInfo(RepoPaths.Of("src", "Stance.Model", "Resources", "Model", "stance-model.zip")).Length;
        Assert.True(model.Length < committedModel, $"Stance.Model.dll is {model.Length} bytes, more than the uncompressed model file ({committedModel} bytes) alone");
    }

    /// <summary>What 'dotnet pack' reads: the sources and the repository's build settings, not its build outputs.</summary>
    private static void CopySources(string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md", ".editorconfig" })
        {
            Directory.CreateDirectory(target);
            File.Copy(RepoPaths.Of(file), Path.Combine(target, file));
        }

        var src = RepoPaths.Of("src");
        foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var copy = Path.Combine(target, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static string Run(string folder, string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0, $"'{program} {string.Join(' ', args)}' exited {process.ExitCode}: {error}\n{output.Result}");
        return output.Result;
    }
}
