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

    default:
        Console.Error.WriteLine("usage: Stance.Bench load | segment FILE");
        return 1;
}
