using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Stance.Model.Reading;

namespace Stance.Bench;

/// <summary>
/// How well Stance keeps a web page's article and drops the rest, over folders holding
/// source.html, expected.html and expected-metadata.json (../shared/html-pages): word precision,
/// recall and F1 of the kept (non-boilerplate) sentences against expected.html's text, as bags
/// of lower-cased words; title accuracy; and the cold time of the published CLI on the largest page.
/// </summary>
internal static class PageBenchmark
{
    /// <summary>Runs the benchmark; <paramref name="asText"/> reads the pages as plain text, the way Stance read them before it had a web-page reader.</summary>
    public static int Run(string folder, string? stance, bool asText = false)
    {
        var reader = new DocumentReader();
        var rows = new List<(string Page, double P, double R, double F1, bool? TitleRight, string? Title, string? Expected)>();
        foreach (var dir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(dir, "source.html");
            var expected = Path.Combine(dir, "expected.html");
            if (!File.Exists(source) || !File.Exists(expected))
            {
                continue;
            }

            var html = File.ReadAllText(source);
            var document = asText ? reader.Read(html, DocumentFormat.Text) : reader.Read(source, html);
            var kept = Bag(string.Join(' ', document.Sentences.Where(s => !s.IsBoilerplate).Select(s => s.Text)));
            var truth = Bag(ExpectedText(File.ReadAllText(expected)));
            var (p, r, f1) = Compare(kept, truth);
            var expectedTitle = ExpectedTitle(Path.Combine(dir, "expected-metadata.json"));
            bool? titleRight = expectedTitle is null ? null : Normalize(document.Metadata.Title) == Normalize(expectedTitle);
            rows.Add((Path.GetFileName(dir), p, r, f1, titleRight, document.Metadata.Title, expectedTitle));
        }

        Console.WriteLine("| page | precision | recall | F1 | title |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            var title = row.TitleRight switch { true => "right", false => $"wrong: got \"{row.Title}\", expected \"{row.Expected}\"", null => "(none expected)" };
            Console.WriteLine(Invariant($"| {row.Page} | {row.P:F3} | {row.R:F3} | {row.F1:F3} | {title} |"));
        }

        var judged = rows.Where(r => r.TitleRight is not null).ToList();
        var worst = rows.MinBy(r => r.F1);
        Console.WriteLine();
        Console.WriteLine(Invariant($"pages {rows.Count}: mean precision {rows.Average(r => r.P):F3}, recall {rows.Average(r => r.R):F3}, F1 {rows.Average(r => r.F1):F3}; worst F1 {worst.F1:F3} ({worst.Page}); pages below 0.80: {rows.Count(r => r.F1 < 0.80)}"));
        Console.WriteLine(Invariant($"titles right: {judged.Count(r => r.TitleRight == true)}/{judged.Count} ({judged.Count(r => r.TitleRight == true) / (double)Math.Max(1, judged.Count):P0})"));

        if (stance is not null)
        {
            // The largest page, and the one nearest 1 MiB (the target is stated for a 1 MB page).
            var pages = Directory.GetDirectories(folder).Select(d => new FileInfo(Path.Combine(d, "source.html"))).Where(f => f.Exists).ToList();
            var largest = pages.MaxBy(f => f.Length)!;
            var nearMegabyte = pages.MinBy(f => Math.Abs(f.Length - 1048576))!;
            foreach (var page in new[] { largest, nearMegabyte }.Distinct())
            {
                var times = Enumerable.Range(0, 7).Select(_ => ColdScore(stance, page.FullName)).ToList();
                times.Sort();
                Console.WriteLine(Invariant($"cold 'stance score {Path.GetFileName(page.DirectoryName)}/source.html --format tsv' ({page.Length / 1048576.0:F2} MiB, {page.Length:N0} bytes), process start to exit, 7 runs: median {times[3]:F2} s, min {times[0]:F2} s, max {times[^1]:F2} s"));
            }
        }

        return 0;
    }

    /// <summary>Lower-cased words (runs of letters and digits) with their counts.</summary>
    public static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                bag[word] = bag.GetValueOrDefault(word) + 1;
                start = -1;
            }
        }

        return bag;
    }

    /// <summary>Precision, recall and F1 of <paramref name="kept"/> against <paramref name="truth"/>, both bags of words.</summary>
    public static (double P, double R, double F1) Compare(Dictionary<string, int> kept, Dictionary<string, int> truth)
    {
        var overlap = kept.Sum(k => Math.Min(k.Value, truth.GetValueOrDefault(k.Key)));
        var keptTotal = kept.Values.Sum();
        var truthTotal = truth.Values.Sum();
        var p = keptTotal == 0 ? 0 : overlap / (double)keptTotal;
        var r = truthTotal == 0 ? 0 : overlap / (double)truthTotal;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>The text of expected.html: its text nodes, separated so that words never join across elements.</summary>
    private static string ExpectedText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return string.Join(' ', document.Body!.Descendants<IText>().Select(t => t.Data));
    }

    private static string? ExpectedTitle(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;
    }

    private static string Normalize(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double ColdScore(string stance, string page)
    {
        var start = new ProcessStartInfo(stance) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "score", page, "--format", "tsv" })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var drain = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{stance} score {page} exited {process.ExitCode}: {errors.Result}");
        }

        GC.KeepAlive(drain.Result);
        return seconds;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
