using System.Globalization;
using System.Text.Json;
using Stance.Cli.Parsing;
using Stance.Model.Scoring;
using Stance.Training.Attribution;

namespace Stance.Cli;

/// <summary><c>stance attribution-eval</c>: scores speaker, target and respondsTo against data/attribution/gold.tsv.</summary>
internal static class AttributionEvalCommand
{
    private static readonly string[] LabeledFiles = ["seed-sentences.tsv", "dev-real.tsv", "real-train.tsv"];

    /// <summary>The command, its options and their help.</summary>
    public static StanceCommand Build(CliContext cli)
    {
        var gold = Declare.Value("--gold", "FILE", "attribution gold (default: the checkout's data/attribution/gold.tsv)");
        var data = Declare.Value("--data", "DIR", "folder of the labeled files the gold refers to (default: the gold's parent folder)");
        var corpus = Declare.Value("--corpus", "DIR", "corpus folder instead of the one the labeled files name");
        var split = Declare.Choice("--split", "heldout (default; never used for tuning), tune, or all", "heldout", "tune", "all");
        var agreement = Declare.Flag("--agreement", "instead, score the second annotation (pass C) against the first (A or B)");
        var errors = Declare.Int("--errors", "N", "also list N sentences the attributor got wrong (use on the tuning split)", 0, 10_000, 0);
        var tuneLinks = Declare.Flag("--tune-links", "grid-search the respondsTo weights on the tuning split (pass A) only");
        var format = Declare.Choice("--format", "table (default) or json", "table", "json");
        return new StanceCommand("attribution-eval", "Measures speaker, target and respondsTo attribution against the gold.", gold, data, corpus, split, agreement, errors, tuneLinks, format)
        {
            Notes = """
                Runs speaker / target / respondsTo attribution on the gold articles (with their gold moves)
                and prints exact and partial (token-overlap) accuracy of speaker and target and the
                precision and recall of respondsTo links, overall and per corpus folder.
                """,
            Run = r => Run(r.GetValue(gold), r.GetValue(data), r.GetValue(corpus), r.GetValue(split) ?? "heldout", r.GetValue(format) ?? "table", r.GetValue(agreement), r.GetValue(tuneLinks), r.GetValue(errors), cli.Stdout, cli.Stderr),
        };
    }

    private static int Run(string? goldPath, string? data, string? corpus, string split, string format, bool agreement, bool tuneLinks, int errors, TextWriter stdout, TextWriter stderr)
    {
        goldPath ??= RepositoryLocator.FindRoot() is { } root ? Path.Combine(root, "data", "attribution", "gold.tsv")
            : throw new UsageException("attribution-eval needs --gold FILE outside a Stance checkout.");
        data ??= Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(goldPath)))!;
        AttributionGold gold;
        try
        {
            gold = AttributionGold.Load(goldPath, [.. LabeledFiles.Select(f => Path.Combine(data, f)).Where(File.Exists)], corpus);
        }
        catch (AttributionGoldException e)
        {
            stderr.WriteLine($"stance: {e.Message}");
            return ExitCodes.DataInvalid;
        }

        if (tuneLinks)
        {
            foreach (var (o, s) in LinkTuner.Tune(gold).Take(15))
            {
                stdout.Write(string.Create(CultureInfo.InvariantCulture, $"target {o.LinkTargetWeight} pure {o.LinkPureAccusationWeight} overlap {o.LinkOverlapWeight} before {o.LinkBeforeWeight} distance {o.LinkDistanceWeight} first {o.LinkFirstWeight} min {o.MinimumLinkScore}: P {s.LinkPrecision:F3} R {s.LinkRecall:F3} F1 {LinkTuner.F1(s):F3}\n"));
            }

            return ExitCodes.Ok;
        }

        var results = new List<(string Name, AttributionScores Scores)>();
        if (agreement)
        {
            foreach (var first in new[] { "A", "B" })
            {
                results.Add(($"pass C against pass {first}", AttributionEvaluator.Agreement(gold, first, "C")));
            }
        }
        else
        {
            var predicted = AttributionEvaluator.Predict(gold);
            var rows = gold.Rows.Where(r => r.Pass != "C" && (split == "all" || r.Split == split)).ToList();
            foreach (var group in new[] { ("all", (Func<string, bool>)(_ => true)), ("fakes-syria (stripped)", a => a.StartsWith("fakes-syria/", StringComparison.Ordinal)), ("seeds (stripped)", a => a.StartsWith("seeds/", StringComparison.Ordinal)), ("fnc1-bodies (clean)", a => a.StartsWith("fnc1-bodies/", StringComparison.Ordinal)) })
            {
                var selected = rows.Where(r => group.Item2(r.ArticleId)).Select(r => (r.Answer, predicted.TryGetValue((r.ArticleId, r.SentenceId), out var p) ? p.Answer : new AttributionAnswer([], [], []), AttributionEvaluator.IsLink(r.Labels))).ToList();
                if (selected.Count > 0)
                {
                    results.Add(($"{split}: {group.Item1}", AttributionScorer.Score(selected)));
                }
            }

            if (errors > 0)
            {
                PrintErrors(stdout, gold, predicted, rows, errors);
            }
        }

        if (format == "json")
        {
            stdout.Write(JsonSerializer.Serialize(results.Select(r => new { name = r.Name, scores = r.Scores, link_precision = r.Scores.LinkPrecision, link_recall = r.Scores.LinkRecall }), ManifestJson.Options) + "\n");
            return ExitCodes.Ok;
        }

        foreach (var (name, s) in results)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {s.Sentences} sentences\n  speaker     exact {s.SpeakerExact:F3}  partial {s.SpeakerPartial:F3}\n  target      exact {s.TargetExact:F3}  partial {s.TargetPartial:F3}\n  respondsTo  precision {s.LinkPrecision:F3}  recall {s.LinkRecall:F3}  ({s.LinksCorrect} correct of {s.LinksPredicted} linked; {s.LinksGold} gold links among {s.LinkSentences} denials/deflections)\n"));
        }

        return ExitCodes.Ok;
    }

    private static void PrintErrors(TextWriter stdout, AttributionGold gold, Dictionary<(string Article, int Sentence), (Stance.Model.Attribution.SentenceAttribution Attribution, AttributionAnswer Answer)> predicted, List<AttributionGoldRow> rows, int limit)
    {
        var shown = 0;
        foreach (var r in rows)
        {
            var p = predicted.TryGetValue((r.ArticleId, r.SentenceId), out var hit) ? hit.Answer : new AttributionAnswer([], [], []);
            var speakerOk = NameMatch.Any(r.Answer.Speakers, p.Speakers, partial: true);
            var targetOk = NameMatch.Any(r.Answer.Targets, p.Targets, partial: true);
            var linkOk = !AttributionEvaluator.IsLink(r.Labels) || (p.RespondsTo.Count == 0 ? r.Answer.RespondsTo.Count == 0 : r.Answer.RespondsTo.Contains(p.RespondsTo[0]));
            if ((speakerOk && targetOk && linkOk) || shown++ >= limit)
            {
                continue;
            }

            var text = gold.Articles[r.ArticleId].First(s => s.Id == r.SentenceId).Text;
            static string N(IReadOnlyList<NamePair> n) => string.Join(" | ", n.Select(x => $"{x.Text}={x.Canonical}"));
            stdout.Write($"{r.ArticleId}#{r.SentenceId} [{r.Labels}] {text}\n  speaker {(speakerOk ? "ok" : "WRONG")} gold {N(r.Answer.Speakers)} / got {N(p.Speakers)}\n  target {(targetOk ? "ok" : "WRONG")} gold {N(r.Answer.Targets)} / got {N(p.Targets)}\n  respondsTo {(linkOk ? "ok" : "WRONG")} gold {string.Join(',', r.Answer.RespondsTo)} / got {string.Join(',', p.RespondsTo)}\n");
        }
    }
}
