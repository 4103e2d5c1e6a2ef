namespace Stance.Cli.Tests.Misuse;

/// <summary>
/// What a user gets wrong, one row each: the command must fail with its documented exit code, say
/// which file is at fault, print no stack trace, and leave every input and earlier output exactly
/// as it was (no file changed, added or removed in the working folder).
/// </summary>
public sealed class MisuseTests
{
    /// <summary>A misuse: set-up commands, the command itself, the exit code, and what the message must name.</summary>
    private sealed record Case(Func<MisuseSandbox, string[]> Command, int Exit, Func<MisuseSandbox, string> Names, Action<MisuseSandbox>? Setup = null);

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        // score: never over an input, messages name the user's path.
        ["score --out is the article"] = new(s => ["score", s.Path("a.txt"), "--out", s.Path("a.txt")], 5, s => s.Path("a.txt")),
        ["score --out is the article spelled another way"] = new(s => ["score", s.Path("a.txt"), "--out", s.Path("d", "..", "a.txt")], 5, s => "a.txt"),
        ["score --out is a link to the article"] = new(s => ["score", s.Path("a.txt"), "--out", s.Path("link.txt")], 5, s => "link.txt", s => File.CreateSymbolicLink(s.Path("link.txt"), s.Path("a.txt"))),
        ["score --out is the model"] = new(s => ["score", s.Path("a.txt"), "--model", s.Path("m.zip"), "--out", s.Path("m.zip")], 5, s => "m.zip"),
        ["score --out is a folder"] = new(s => ["score", s.Path("a.txt"), "--out", s.Path("d")], 5, s => s.Path("d")),
        ["score --out in a missing folder"] = new(s => ["score", s.Path("a.txt"), "--out", s.Path("nowhere", "x.tsv")], 5, s => "nowhere"),
        ["score --out a file that cannot be replaced"] = new(s => ["score", s.Path("a.txt"), "--out", "/proc/version"], 5, _ => "'/proc/version'"),
        ["score a missing article"] = new(s => ["score", s.Path("missing.txt")], 2, s => "missing.txt"),
        ["score an empty article"] = new(s => ["score", s.Path("e.txt")], 2, s => "e.txt"),
        ["score a binary file"] = new(s => ["score", s.Path("b.txt")], 2, s => "b.txt"),
        ["score Latin-1 read as UTF-8"] = new(s => ["score", s.Path("l1.txt")], 2, s => "l1.txt"),
        ["score a folder"] = new(s => ["score", s.Path("d")], 2, s => s.Path("d")),
        ["score BOM-less UTF-16 read as UTF-8"] = new(s => ["score", s.Path("u16.txt")], 2, s => "u16.txt", s => File.WriteAllBytes(s.Path("u16.txt"), System.Text.Encoding.Unicode.GetBytes("The ministry denied the report."))),
        ["score an unknown encoding"] = new(s => ["score", s.Path("a.txt"), "--encoding", "klingon"], 1, _ => "klingon"),
        ["score a path starting with '-' without '--'"] = new(_ => ["score", "-dash.txt"], 1, _ => "-dash.txt"),
        ["score two articles"] = new(s => ["score", s.Path("a.txt"), s.Path("e.txt")], 1, _ => "one FILE"),
        ["score an unknown format"] = new(s => ["score", s.Path("a.txt"), "--format", "xml"], 1, _ => "xml"),
        ["score --out with an unknown extension and --format of another"] = new(s => ["score", s.Path("a.txt"), "--format", "yaml", "--out", s.Path("x.html")], 1, _ => "yaml"),
        ["score with an article as the model"] = new(s => ["score", s.Path("a.txt"), "--model", s.Path("a.txt")], 3, s => s.Path("a.txt")),
        ["score with a missing model"] = new(s => ["score", s.Path("a.txt"), "--model", s.Path("none.zip")], 3, s => "none.zip"),
        ["score with a zip that is not a model"] = new(s => ["score", s.Path("a.txt"), "--model", s.Path("other.zip")], 3, s => "other.zip", s => ZipOf(s.Path("other.zip"))),

        // batch: an empty selection is an error; outputs never over inputs.
        ["batch an empty folder"] = new(s => ["batch", s.Path("empty"), "--out", s.Path("o.tsv")], 8, s => s.Path("empty")),
        ["batch --include matching nothing"] = new(s => ["batch", s.Path("corpus"), "--include", "*.nothing", "--out", s.Path("o.tsv")], 8, s => s.Path("corpus")),
        ["batch a folder of other file types"] = new(s => ["batch", s.Path("pdfs"), "--out", s.Path("o.tsv")], 8, s => "pdfs", s => Pdfs(s.Path("pdfs"))),
        ["batch a missing folder"] = new(s => ["batch", s.Path("nothere"), "--out", s.Path("o.tsv")], 2, s => "nothere"),
        ["batch over an earlier output"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--quiet"], 5, s => "o.tsv", s => MisuseSandbox.Ok("batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--quiet")),
        ["batch --summary over an earlier file"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--summary", s.Path("a.txt")], 5, s => "a.txt"),
        ["batch --out is the input"] = new(s => ["batch", s.Path("a.txt"), "--out", s.Path("a.txt"), "--format", "tsv"], 5, s => "a.txt"),
        ["batch --summary is the input"] = new(s => ["batch", s.Path("a.txt"), "--out", s.Path("o.tsv"), "--summary", s.Path("a.txt")], 5, s => "a.txt"),
        ["batch --report is the input"] = new(s => ["batch", s.Path("a.txt"), "--out", s.Path("o.tsv"), "--report", s.Path("a.txt")], 5, s => "a.txt"),
        ["batch --actors is the input"] = new(s => ["batch", s.Path("a.txt"), "--out", s.Path("o.tsv"), "--actors", s.Path("a.txt")], 5, _ => "--actors"),
        ["segment a binary file"] = new(s => ["segment", s.Path("b.txt")], 2, s => "b.txt"),
        ["segment Latin-1 read as UTF-8"] = new(s => ["segment", s.Path("l1.txt")], 2, s => "l1.txt"),
        ["batch --out with an unknown extension"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.xyz")], 1, s => "o.xyz"),
        ["batch --out in a missing folder"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("nowhere", "o.tsv")], 5, s => "nowhere"),
        ["batch --shard out of range"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--shard", "3/2"], 1, _ => "3/2"),
        ["batch --resume with --force"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--resume", "--force"], 1, _ => "--resume"),
        ["batch an unknown encoding"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--encoding", "ebcdic"], 1, _ => "ebcdic"),

        // batch --resume must ask exactly what the interrupted run asked.
        ["resume with another --format"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--format", "csv", "--resume"], 7, _ => "format: was tsv, now csv", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"))),
        ["resume adding --summary"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--summary", s.Path("s.tsv"), "--resume"], 7, _ => "summary: was (none)", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"))),
        ["resume adding --report"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--report", s.Path("r.html"), "--resume"], 7, _ => "report: was (none)", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"))),
        ["resume over another folder"] = new(s => ["batch", s.Path("corpus", "outlet0"), "--out", s.Path("o.tsv"), "--resume"], 7, _ => "inputs: was", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"))),
        ["resume with another --include"] = new(s => ["batch", s.Path("corpus"), "--include", "outlet1/*", "--out", s.Path("o.tsv"), "--resume"], 7, _ => "include: was (none)", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"))),
        ["resume with another --shard"] = new(s => ["batch", s.Path("corpus"), "--shard", "1/2", "--out", s.Path("o.tsv"), "--resume"], 7, _ => "shard: was 1/1, now 1/2", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--shard", "1/1", "--out", s.Path("o.tsv"))),
        ["resume with another --encoding"] = new(s => ["batch", s.Path("corpus"), "--encoding", "auto", "--out", s.Path("o.tsv"), "--resume"], 7, _ => "encoding: was utf-8, now auto", s => MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"))),
        ["resume whose run record is gone"] = new(s => ["batch", s.Path("corpus"), "--out", s.Path("o.tsv"), "--resume"], 7, s => "o.tsv.run.json", s =>
        {
            MisuseSandbox.Interrupted(s.Path("corpus"), "--out", s.Path("o.tsv"));
            File.Delete(s.Path("o.tsv.run.json"));
        }),

        // merge: shards must belong together.
        ["merge a CSV shard named .tsv"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("s2.tsv"), "--out", s.Path("m.tsv")], 9, s => "s1.tsv", s => TwoShards(s, "--format", "csv")),
        ["merge a CSV shard named .tsv without run records"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("s2.tsv"), "--out", s.Path("m.tsv")], 9, s => "s1.tsv", s =>
        {
            TwoShards(s, "--format", "csv");
            File.Delete(s.Path("s1.tsv.run.json"));
            File.Delete(s.Path("s2.tsv.run.json"));
        }),
        ["merge JSONL with TSV"] = new(s => ["merge", s.Path("j.tsv"), s.Path("s2.tsv"), "--out", s.Path("m.tsv")], 9, s => "j.tsv", s =>
        {
            TwoShards(s);
            MisuseSandbox.Ok("batch", s.Path("corpus"), "--shard", "1/2", "--format", "jsonl", "--out", s.Path("j.tsv"), "--quiet");
        }),
        ["merge a file that is no shard"] = new(s => ["merge", s.Path("a.txt"), "--out", s.Path("m.tsv")], 9, s => "a.txt"),
        ["merge a JSONL shard with a broken line"] = new(s => ["merge", s.Path("s1.jsonl"), "--out", s.Path("m.jsonl")], 9, s => "line 2", s =>
        {
            MisuseSandbox.Ok("batch", s.Path("corpus"), "--out", s.Path("s1.jsonl"), "--quiet");
            var lines = File.ReadAllLines(s.Path("s1.jsonl"));
            lines[1] = lines[1][..20];
            File.WriteAllLines(s.Path("s1.jsonl"), lines);
        }),
        ["merge shards of two different runs"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("x2.tsv"), "--out", s.Path("m.tsv")], 9, s => "x2.tsv", s =>
        {
            TwoShards(s);
            MisuseSandbox.Ok("batch", s.Path("corpus"), "--include", "outlet0/*", "--shard", "2/2", "--out", s.Path("x2.tsv"), "--quiet");
        }),
        ["merge shards of two splits"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("t2.tsv"), "--out", s.Path("m.tsv")], 9, s => "t2.tsv", s =>
        {
            TwoShards(s);
            MisuseSandbox.Ok("batch", s.Path("corpus"), "--shard", "2/3", "--out", s.Path("t2.tsv"), "--quiet");
        }),
        ["merge one shard twice under two names"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("copy.tsv"), s.Path("s2.tsv"), "--out", s.Path("m.tsv")], 9, s => "copy.tsv", s =>
        {
            TwoShards(s);
            File.Copy(s.Path("s1.tsv"), s.Path("copy.tsv"));
            File.Copy(s.Path("s1.tsv.run.json"), s.Path("copy.tsv.run.json"));
        }),
        ["merge an unfinished shard"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("s2.tsv"), "--out", s.Path("m.tsv")], 9, s => "s2.tsv", s =>
        {
            MisuseSandbox.Ok("batch", s.Path("corpus"), "--shard", "1/2", "--out", s.Path("s1.tsv"), "--quiet");
            MisuseSandbox.Interrupted(s.Path("corpus"), "--shard", "1/1", "--out", s.Path("s2.tsv"));
            File.WriteAllText(s.Path("s2.tsv"), "path\tarticle_id\tsentence_id\tlabels\tp_accuse\tp_deny\tp_deflect\tp_cite_evidence\tboilerplate\ttext\n");
        }),
        ["merge --out is a shard"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("s2.tsv"), "--out", s.Path("s2.tsv")], 5, s => "s2.tsv", s => TwoShards(s)),
        ["merge over an earlier output"] = new(s => ["merge", s.Path("s1.tsv"), s.Path("s2.tsv"), "--out", s.Path("a.txt"), "--format", "tsv"], 5, s => "a.txt", s => TwoShards(s)),
        ["merge a missing shard"] = new(s => ["merge", s.Path("gone.tsv"), "--out", s.Path("m.tsv")], 2, s => "gone.tsv"),

        // train and annotate never write over what they read.
        ["train --out is its data"] = new(s => ["train", "--data", s.Path("a.txt"), "--out", s.Path("a.txt"), "--no-dev"], 5, s => "a.txt"),
        ["annotate --out is the article"] = new(s => ["annotate", s.Path("a.txt"), "--out", s.Path("a.txt"), "--n", "3"], 5, s => "a.txt"),
        ["annotate an unknown encoding"] = new(s => ["annotate", s.Path("corpus"), "--out", s.Path("q.tsv"), "--n", "3", "--encoding", "morse"], 1, _ => "morse"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Misuse_fails_with_its_exit_code_names_the_file_and_changes_nothing(string name)
    {
        var misuse = Cases[name];
        using var sandbox = new MisuseSandbox();
        misuse.Setup?.Invoke(sandbox);
        var before = sandbox.Snapshot();

        var (exit, _, err) = MisuseSandbox.Run(misuse.Command(sandbox));

        Assert.True(exit == misuse.Exit, $"exit {exit}, expected {misuse.Exit}: {err}");
        Assert.Contains(misuse.Names(sandbox), err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain(".partial", err, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", err, StringComparison.Ordinal);
        Assert.Equal(before, sandbox.Snapshot());
    }

    [Fact]
    public void The_suite_covers_at_least_forty_misuses() => Assert.True(Cases.Count >= 40, $"{Cases.Count} cases");

    private static void TwoShards(MisuseSandbox s, params string[] extra)
    {
        MisuseSandbox.Ok(["batch", s.Path("corpus"), "--shard", "1/2", "--out", s.Path("s1.tsv"), "--quiet", .. extra]);
        MisuseSandbox.Ok(["batch", s.Path("corpus"), "--shard", "2/2", "--out", s.Path("s2.tsv"), "--quiet", .. extra]);
    }

    private static void ZipOf(string path)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
        writer.Write("not a model");
    }

    private static void Pdfs(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "a.pdf"), [.. "%PDF-1.4"u8]);
        File.WriteAllBytes(Path.Combine(folder, "b.docx"), [0x50, 0x4B, 3, 4]);
    }
}
