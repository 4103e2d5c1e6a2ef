using System.Diagnostics;
using Stance.Model.Scoring;
using Stance.Model.Segmentation;

// Micro-benchmarks that need a fresh process or many repetitions; see bench/README.md.
var command = args.Length > 0 ? args[0] : "load";
switch (command)
{
    case "load":
    {
        // Cold: the first load in this process, JIT and all; warm: loading again.
        var clock = Stopwatch.StartNew();
        StanceModel.LoadDefault();
        var cold = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        StanceModel.LoadDefault();
        Console.WriteLine($"model load: cold {cold:F0} ms, warm {clock.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }

    case "phases":
    {
        // Where a cold 'stance score' spends its time, in one fresh process.
        var clock = Stopwatch.StartNew();
        var model = StanceModel.LoadDefault();
        var load = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var text = File.ReadAllText(args[1]);
        var sentences = new Stance.Model.Reading.DocumentReader().Read(args[1], text).Sentences;
        var segment = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var texts = sentences.Select(s => s.Text).ToList();
        var inputs = Stance.Model.Features.ModelInputBuilder.Build(texts);
        var features = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        model.Score(texts);
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        new ArticleScorer(model).Score(args[1], text);
        var second = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"load {load:F0} ms, read and segment {segment:F0} ms, cue features {features:F0} ms, first score {first:F0} ms, second score+explain {second:F0} ms");
        return 0;
    }

    case "throughput":
    {
        // Sentences per second of scoring inside one process: corpus articles are segmented first
        // (not timed), then scored in batches, one batch per worker at a time.
        var folder = args[1];
        var limit = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
        var threads = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var segmenter = new Segmenter();
        var articles = new List<List<string>>();
        var total = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var texts = segmenter.Segment(File.ReadAllText(file)).Select(s => s.Text).ToList();
            articles.Add(texts);
            total += texts.Count;
            if (total >= limit)
            {
                break;
            }
        }

        var model = StanceModel.LoadDefault();

        // Warm-up: JIT, and past the point where the cue lexicon switches to compiled patterns.
        foreach (var article in articles.Take(400))
        {
            model.Score(article);
        }

        Thread.Sleep(1000);
        foreach (var explain in new[] { 0, 3 })
        {
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(articles.Chunk(64), new ParallelOptions { MaxDegreeOfParallelism = threads }, batch =>
            {
                foreach (var article in batch)
                {
                    model.ScoreDetailed(article, null, null, explain);
                }
            });
            Console.WriteLine($"scoring article by article: {total / clock.Elapsed.TotalSeconds:F0} sentences/s ({total} sentences, {articles.Count} articles, {threads} threads, explanations {(explain > 0 ? "on" : "off")})");
        }

        var batched = Stopwatch.StartNew();
        Parallel.ForEach(articles.Chunk(64), new ParallelOptions { MaxDegreeOfParallelism = threads }, batch =>
            model.Predict(batch.SelectMany(article => Stance.Model.Features.ModelInputBuilder.Build(article)).ToList()));
        Console.WriteLine($"scoring 64 articles per batch: {total / batched.Elapsed.TotalSeconds:F0} sentences/s ({threads} threads)");

        return 0;
    }

    case "export":
    {
        // The resolved training and dev sentences with the folds Stance uses, for the baseline:
        // export OUT.tsv DEV.tsv DATA.tsv... (holds corpus text: bench/out is not committed).
        new Stance.Training.StanceTrainer(new Stance.Training.TrainingOptions { DataFiles = args[3..], DevSetFile = args[2] }).ExportData(args[1]);
        return 0;
    }

    case "quality":
    {
        // Stance's shipped configuration on the same data and folds: real-text CV and dev-real (JSON on stdout).
        // quality OUT_DIR DEV.tsv DATA.tsv...
        var report = new Stance.Training.StanceTrainer(new Stance.Training.TrainingOptions
        {
            DataFiles = args[3..],
            DevSetFile = args[2],
            OutputPath = Path.Combine(args[1], "bench-model.zip"),
            Model = Stance.Training.Pipeline.StandardTrials.Shipped,
            LearningCurve = [],
        }).Run();
        var json = report.Evaluations.Where(e => e.System == "stance")
            .ToDictionary(e => e.Setting, e => new { macroF1 = e.MacroF1, perLabel = e.PerLabel.ToDictionary(l => l.Label, l => l.F1), sentences = e.Sentences });
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(json));
        return 0;
    }

    case "fit":
    {
        var seconds = new Stance.Training.StanceTrainer(new Stance.Training.TrainingOptions { DataFiles = args[1..] }).TimeFit();
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { seconds }));
        return 0;
    }

    case "sentences":
    {
        // The shared input of the throughput comparison: the first N sentences of the corpus, as Stance segments them.
        var segmenter = new Segmenter();
        var limit = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var written = 0;
        using var output = new StreamWriter(args[3]);
        foreach (var file in Directory.EnumerateFiles(args[1], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var sentence in segmenter.Segment(File.ReadAllText(file)))
            {
                if (written++ >= limit)
                {
                    return 0;
                }

                output.WriteLine(sentence.Text);
            }
        }

        return 0;
    }

    case "throughput-file":
    {
        // Sentences/s scoring the given sentence file, one sentence list per 2,000 (as the baseline batches).
        var sentences = File.ReadAllLines(args[1]);
        var threads = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var model = StanceModel.LoadDefault();
        // Warm-up: one pass over the sentences on the threads measured. Until the JIT has
        // recompiled the hot path at its top tier, both threads run call-counting tier-0 code and
        // scale badly (measured: 72,000 sentences/s on 2 threads after 4,000 warm-up sentences,
        // 130,000 after one pass); a batch of any size spends all but its first second that way.
        Parallel.ForEach(sentences.Chunk(2000), new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
            model.Predict(Stance.Model.Features.ModelInputBuilder.Build(chunk)));
        Thread.Sleep(1000);

        // CPU seconds beside the wall clock: sentences per CPU second hardly move when other jobs share the cores.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(sentences.Chunk(2000), new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
            model.Predict(Stance.Model.Features.ModelInputBuilder.Build(chunk)));
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { sentencesPerSecond = sentences.Length / wall, sentences = sentences.Length, cpuSeconds, sentencesPerCpuSecond = sentences.Length / cpuSeconds }));
        return 0;
    }

    case "throughput-phases":
    {
        // Where scoring time goes, one thread, warm: normalising, cue lexicon, building the rows
        // (both and the rest), and the linear scorer on rows already built.
        var sentences = File.ReadAllLines(args[1]);
        var model = StanceModel.LoadDefault();
        var chunks = sentences.Chunk(2000).ToList();
        foreach (var warm in chunks.Take(2))
        {
            model.Predict(Stance.Model.Features.ModelInputBuilder.Build(warm));
        }

        Thread.Sleep(1000);
        // Best of 3 rounds, wall clock; the process's CPU time beside it, steadier when other jobs share the cores.
        var process = Process.GetCurrentProcess();
        (double Wall, double Cpu) Time(Action action)
        {
            var best = (Wall: double.MaxValue, Cpu: double.MaxValue);
            for (var round = 0; round < 3; round++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                action();
                var wall = clock.Elapsed.TotalSeconds;
                process.Refresh();
                best = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, (process.TotalProcessorTime - cpu).TotalSeconds));
            }

            return best;
        }

        var normalized = sentences.Select(Stance.Model.Text.TextNormalizer.Normalize).ToArray();
        var rows = chunks.Select(chunk => Stance.Model.Features.ModelInputBuilder.Build(chunk)).ToList();
        var cue = new float[Stance.Model.Features.CueLexicon.Groups.Count];
        var phases = new (string Name, (double Wall, double Cpu) Seconds)[]
        {
            ("normalise", Time(() => { foreach (var s in sentences) { Stance.Model.Text.TextNormalizer.Normalize(s); } })),
            ("cue lexicon", Time(() => { foreach (var s in normalized) { Stance.Model.Features.CueLexicon.Default.Measure(s, cue); } })),
            ("build rows (normalise + cues + rest)", Time(() => { foreach (var chunk in chunks) { Stance.Model.Features.ModelInputBuilder.Build(chunk); } })),
            ("score built rows", Time(() => { foreach (var chunk in rows) { model.Predict(chunk); } })),
            ("build and score", Time(() => { foreach (var chunk in chunks) { model.Predict(Stance.Model.Features.ModelInputBuilder.Build(chunk)); } })),
        };
        foreach (var (name, seconds) in phases)
        {
            Console.WriteLine($"{name,-38} {seconds.Wall * 1000,6:F0} ms {sentences.Length / seconds.Wall,9:F0} sentences/s {seconds.Wall * 1e6 / sentences.Length,6:F1} us/sentence (CPU {seconds.Cpu * 1e6 / sentences.Length,5:F1} us)");
        }

        return 0;
    }

    case "batch-phases":
    {
        // Where 'stance batch' spends its time, on one thread, cold (the first pass, as a batch runs) and warm (a second pass over DIR):
        // reading files, reading documents (segmenting), scoring, and attribution (speakers and targets).
        var files = Directory.EnumerateFiles(args[1], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var model = StanceModel.LoadDefault();
        var reader = new Stance.Model.Reading.DocumentReader();
        var attributor = new Stance.Model.Attribution.Attributor();
        var times = new double[4];
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Clear(times);
            var sentences = 0;
            foreach (var file in files)
            {
                var clock = Stopwatch.StartNew();
                var article = Stance.Model.Input.ArticleReader.Read(file);
                times[0] += clock.Elapsed.TotalSeconds;
                clock.Restart();
                var document = reader.Read(file, article.Text);
                times[1] += clock.Elapsed.TotalSeconds;
                clock.Restart();
                var scored = model.ScoreDetailed([.. document.Sentences.Select(x => x.Text)], [.. document.Sentences.Select(x => x.IsBoilerplate)], null, 0);
                times[2] += clock.Elapsed.TotalSeconds;
                clock.Restart();
                attributor.Attribute([.. document.Sentences.Select((x, i) => new Stance.Model.Attribution.AttributionSentence(x.Id, x.Text, x.IsBoilerplate ? Stance.Model.Labels.LabelSet.None : scored[i].Score.Labels))]);
                times[3] += clock.Elapsed.TotalSeconds;
                sentences += document.Sentences.Count;
            }

            {
                var total = times.Sum();
                string[] names = ["read files", "read documents (segment)", "score", "attribute"];
                Console.WriteLine($"{files.Count} articles, {sentences} sentences, one thread, {(pass == 0 ? "first pass (cold, as a batch runs)" : "second pass (warm)")}: {total:F2} s");
                for (var i = 0; i < names.Length; i++)
                {
                    Console.WriteLine($"  {names[i],-26} {times[i],6:F2} s  {100 * times[i] / total,5:F1} %  {times[i] * 1e6 / sentences,6:F1} us/sentence");
                }
            }
        }

        return 0;
    }

    case "segment":
    {
        var text = File.ReadAllText(args[1]);
        var segmenter = new Segmenter();
        segmenter.Segment(text);
        var clock = Stopwatch.StartNew();
        var sentences = 0;
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < 3)
        {
            sentences += segmenter.Segment(text).Count;
            rounds++;
        }

        Console.WriteLine($"segmenter: {sentences / clock.Elapsed.TotalSeconds:F0} sentences/s ({rounds} rounds of {args[1]})");
        return 0;
    }

    case "pages":
        // Web pages: word P/R/F1 of kept text vs expected.html, titles, cold time of the published CLI (optional 3rd argument).
        return Stance.Bench.PageBenchmark.Run(args.Length > 1 ? args[1] : "../shared/html-pages", args.Length > 2 ? args[2] : null);

    case "pages-as-text":
        // The same measures with the pages read as plain text (HTML remnants stripped, every line kept): the reading before web pages had their own.
        return Stance.Bench.PageBenchmark.Run(args.Length > 1 ? args[1] : "../shared/html-pages", null, asText: true);

    default:
        Console.Error.WriteLine("usage: Stance.Bench load | pages DIR [STANCE-EXECUTABLE] | pages-as-text DIR | phases FILE | throughput DIR [N] [THREADS] | segment FILE | export OUT.tsv DEV.tsv DATA... | quality OUTDIR DEV.tsv DATA... | fit DATA... | sentences DIR N OUT | throughput-file FILE [THREADS] | throughput-phases FILE | batch-phases DIR");
        return 1;
}
