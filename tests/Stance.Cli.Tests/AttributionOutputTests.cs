using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stance.Cli.Tests;

/// <summary>Speaker, target and respondsTo in the outputs: JSON spans, TSV columns, the batch edge list and the HTML threads and matrix.</summary>
[Collection(SystemPackages.Collection)]
public sealed class AttributionOutputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("stance-attribution").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Json_gives_speaker_and_target_with_spans_that_point_at_their_mentions()
    {
        var (exit, output, _) = CliRunner.Run("score", RepoPaths.Of("seeds", "001_4b91d925b82a1461.txt"), "--format", "json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var sentences = document.RootElement.GetProperty("sentences").EnumerateArray().ToList();
        var texts = sentences.ToDictionary(s => s.GetProperty("id").GetInt32(), s => s.GetProperty("text").GetString()!);
        var attributed = 0;
        foreach (var s in sentences)
        {
            var labeled = s.GetProperty("labels").GetArrayLength() > 0;
            Assert.Equal(labeled, s.GetProperty("speaker").ValueKind == JsonValueKind.Object);
            foreach (var role in new[] { "speaker", "target" })
            {
                if (s.GetProperty(role) is { ValueKind: JsonValueKind.Object } actor && actor.GetProperty("mention") is { ValueKind: JsonValueKind.Object } mention)
                {
                    var text = texts[mention.GetProperty("sentence").GetInt32()];
                    Assert.Equal(mention.GetProperty("text").GetString(), text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
                    Assert.Contains(actor.GetProperty("type").GetString(), new[] { "state", "armed", "intl", "media", "person", "other" });
                    attributed++;
                }
            }
        }

        Assert.True(attributed >= 5, $"only {attributed} mentions");
        Assert.Contains(sentences, s => s.GetProperty("responds_to").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public void Tsv_ends_with_the_attribution_columns()
    {
        var (exit, output, _) = CliRunner.Run("score", RepoPaths.Of("seeds", "000_70609ac6d92eee97.txt"), "--format", "tsv");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.EndsWith("\tspeaker\tspeaker_type\tspeaker_span\ttarget\ttarget_type\ttarget_span\tresponds_to", lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Equal(16, l.Split('\t').Length));
        Assert.Contains(lines.Skip(1), l => l.Split('\t')[9].Length > 0 && l.Split('\t')[2] != "none");
    }

    [SkippableFact]
    public void Batch_edge_list_loads_in_pandas()
    {
        var missing = Python("import pandas");
        Skip.If(missing is not null, $"python3-pandas is not installed ({missing})");
        var (output, actors, _) = Batch("csv");
        var script = $"import pandas as pd\nd = pd.read_csv({Quote(actors)})\nassert list(d.columns[:5]) == ['source', 'target', 'move', 'count', 'example'], list(d.columns)\nassert len(d) > 0\nassert d['count'].dtype.kind == 'i' and (d['count'] > 0).all()\nassert set(d['move']) <= {{'accuse', 'deny', 'deflect'}}\nassert (d['source'] != d['target']).all()\nprint(len(d), int(d['count'].sum()))";
        Assert.Null(Python(script));
        Assert.True(File.Exists(output));
    }

    [Fact]
    public void Edge_list_is_the_same_whatever_the_batch_format()
    {
        var fromCsv = File.ReadAllText(Batch("csv").Actors);
        var fromJsonl = File.ReadAllText(Batch("jsonl").Actors);
        Assert.Equal(fromCsv, fromJsonl);
    }

    [SkippableFact]
    public void Report_shows_exchange_threads_and_the_actor_matrix_in_headless_chromium()
    {
        var chromium = Chromium.Find();
        Skip.If(chromium is null, Chromium.WhyMissing);
        var (_, _, report) = Batch("jsonl");
        var dom = Chromium.Run(chromium!, _directory, "--dump-dom", new Uri(report).AbsoluteUri);
        Assert.Contains("id=\"who-accuses-whom\"", dom, StringComparison.Ordinal);
        var cells = Regex.Matches(dom, "<td class=\"cell\" data-accuse=\"(?<a>\\d+)\" data-deny=\"(?<d>\\d+)\" data-deflect=\"(?<f>\\d+)\"");
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.True(int.Parse(c.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(c.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(c.Groups["f"].Value, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.InRange(Regex.Count(dom, "<th class=\"row\""), 2, 30);

        var page = Path.Combine(Path.GetDirectoryName(report)!, "report-articles", Directory.GetFiles(Path.Combine(Path.GetDirectoryName(report)!, "report-articles"), "001_*.html").Select(Path.GetFileName).Single()!);
        var articleDom = Chromium.Run(chromium!, _directory, "--dump-dom", new Uri(page).AbsoluteUri);
        var threads = Regex.Matches(articleDom, "<div class=\"thread\" data-accusation=\"(?<id>\\d+)\">");
        Assert.NotEmpty(threads);
        Assert.Contains("<ol class=\"answers\"><li><div class=\"move m-deny\"", articleDom, StringComparison.Ordinal);
        foreach (var (file, url) in new[] { ("matrix.png", report), ("threads.png", page) })
        {
            var screenshot = Path.Combine(_directory, file);
            Chromium.Run(chromium!, _directory, $"--screenshot={screenshot}", "--window-size=1100,1400", new Uri(url).AbsoluteUri);
            Assert.True(new FileInfo(screenshot).Length > 30_000, $"{file} is nearly empty: nothing rendered");
        }
    }

    private (string Output, string Actors, string Report) Batch(string format)
    {
        var folder = Path.Combine(_directory, format);
        var output = Path.Combine(folder, "out." + format);
        var actors = Path.Combine(folder, "actors.csv");
        var report = Path.Combine(folder, "report.html");
        Directory.CreateDirectory(folder);
        var (exit, _, err) = CliRunner.Run("batch", RepoPaths.Of("seeds"), "--out", output, "--actors", actors, "--report", report, "--quiet");
        Assert.True(exit == 0, err);
        return (output, actors, report);
    }

    private static string? Python(string script)
    {
        var info = new ProcessStartInfo("/usr/bin/python3", ["-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        try
        {
            using var process = Process.Start(info)!;
            var err = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit(60_000);
            return process.ExitCode == 0 ? null : err.Result.Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }

    private static string Quote(string path) => "'" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
