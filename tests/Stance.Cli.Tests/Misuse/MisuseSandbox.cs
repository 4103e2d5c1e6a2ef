using System.Security.Cryptography;

namespace Stance.Cli.Tests.Misuse;

/// <summary>
/// A folder laid out the way a user's working folder is: an article, a small corpus, odd files,
/// a copy of the shipped model.
/// </summary>
internal sealed class MisuseSandbox : IDisposable
{
    public MisuseSandbox()
    {
        Root = Directory.CreateTempSubdirectory("stance-misuse").FullName;
        var seeds = Directory.GetFiles(RepoPaths.Of("seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path("corpus", "outlet0"));
        Directory.CreateDirectory(Path("corpus", "outlet1"));
        for (var i = 0; i < seeds.Count; i++)
        {
            File.Copy(seeds[i], Path("corpus", $"outlet{i % 2}", System.IO.Path.GetFileName(seeds[i])));
        }

        File.Copy(seeds[1], Path("a.txt"));
        File.Copy(seeds[2], Path("-dash.txt"));
        Directory.CreateDirectory(Path("empty"));
        Directory.CreateDirectory(Path("d"));
        File.WriteAllBytes(Path("e.txt"), []);
        File.WriteAllBytes(Path("b.txt"), [0x50, 0x4B, 0, 0, 7]);
        File.WriteAllBytes(Path("l1.txt"), [.. "Caf"u8, 0xE9, .. " owners denied the report."u8]);
        File.Copy(RepoPaths.Of(TrainCommand.DefaultModelPath.Split('/')), Path("m.zip"));
    }

    public string Root { get; }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Runs the CLI in-process with <paramref name="stop"/> passed to batch.</summary>
    public static (int Exit, string Out, string Err) Run(string[] args, CancellationToken stop = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr, cancel: stop);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a setup command that must succeed.</summary>
    public static void Ok(params string[] args)
    {
        var (exit, _, err) = Run(args);
        Assert.True(exit is 0 or 6, $"setup '{string.Join(' ', args)}' failed with {exit}: {err}");
    }

    /// <summary>Starts a batch and stops it before its first chunk, as a Ctrl-C would, leaving a journal to resume.</summary>
    public static void Interrupted(params string[] args)
    {
        var (exit, _, err) = Run(["batch", .. args, "--quiet"], new CancellationToken(canceled: true));
        Assert.True(exit == 130, $"setup batch was not interrupted ({exit}): {err}");
    }

    /// <summary>Every file under the sandbox with a hash of its bytes (folders as empty entries).</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
        {
            var key = System.IO.Path.GetRelativePath(Root, entry);
            files[key] = Directory.Exists(entry) ? "(folder)" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
        }

        return files;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
