using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Stance.Model.Features;

/// <summary>
/// The cue lexicons of Resources/Cues: one group of regular expressions per rhetorical cue
/// (denial words, evidence markers, ...), counted on normalised text. Kept as data files so a
/// linguist can extend them without touching code; their hash is stored in every model so a
/// model never runs with lexicons other than those it was trained with.
/// </summary>
public sealed class CueLexicon
{
    /// <summary>The groups, in the order their values appear in the feature vector.</summary>
    public static readonly IReadOnlyList<string> Groups = ["accuse", "harm", "deny", "deflect", "evidence", "count", "vague", "speech", "self"];

    private const int Saturation = 3;

    private static readonly Lazy<CueLexicon> Instance = new(Load);

    private readonly string[] _sources;
    private volatile Regex[] _patterns;

    private readonly CuePrefilter _prefilter;

    private CueLexicon(string[] sources, string hash, IReadOnlyList<IReadOnlyList<string>> lines)
    {
        _sources = sources;
        Lines = lines;
        Hash = hash;
        _prefilter = new CuePrefilter(lines);

        // Interpreted patterns are ready at once: a cold 'stance score' of one article needs them
        // within milliseconds. Once a process has measured enough sentences to be a batch, a
        // background thread builds faster ones and they take over (see Fast).
        _patterns = Build(RegexOptions.None);
    }

    /// <summary>Sentences measured after which the compiled patterns are built.</summary>
    private const int CompileAfter = 2000;

    private int _measured;

    /// <summary>The first sentences measured, on which the faster patterns warm up before they take over.</summary>
    private readonly string?[] _sample = new string?[400];

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static CueLexicon Default => Instance.Value;

    /// <summary>The regular expressions of each group, one per lexicon line.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> Lines { get; }

    /// <summary>SHA-256 of the lexicon files, hex.</summary>
    public string Hash { get; }

    /// <summary>Writes one value per group into <paramref name="destination"/>: match count, saturated, scaled to [0, 1].</summary>
    public void Measure(string normalizedText, Span<float> destination)
    {
        // Counted only until the switch: past it, scoring threads share no written memory here.
        if (Volatile.Read(ref _measured) < CompileAfter)
        {
            var measured = Interlocked.Increment(ref _measured);
            if (measured <= _sample.Length)
            {
                _sample[measured - 1] = normalizedText;
            }

            if (measured == CompileAfter)
            {
                _ = Task.Run(() => _patterns = Fast());
            }
        }

        var patterns = _patterns;
        var candidates = _prefilter.Candidates(normalizedText);
        for (var g = 0; g < patterns.Length; g++)
        {
            if ((candidates & (1 << g)) == 0)
            {
                destination[g] = 0;
                continue;
            }

            // Value matches: no Match object per cue found.
            var count = 0;
            foreach (var _ in patterns[g].EnumerateMatches(normalizedText))
            {
                if (++count == Saturation)
                {
                    break;
                }
            }

            destination[g] = count / (float)Saturation;
        }
    }

    /// <summary>The groups whose cues occur in <paramref name="normalizedText"/>, with the matched words.</summary>
    public IEnumerable<(string Group, string Match)> Explain(string normalizedText)
    {
        var patterns = _patterns;
        for (var g = 0; g < patterns.Length; g++)
        {
            foreach (Match match in patterns[g].Matches(normalizedText))
            {
                yield return (Groups[g], match.Value);
            }
        }
    }

    /// <summary>The patterns as built with <paramref name="options"/> (tests compare the engines).</summary>
    internal Regex[] Build(RegexOptions options) =>
        _sources.Select(source => new Regex(source, RegexOptions.CultureInvariant | options)).ToArray();

    /// <summary>
    /// The patterns for a batch: the non-backtracking engine, which finds the same matches as the
    /// backtracking one (the test suite compares them over the project's sentences and the
    /// corpus) with no backtracking through the long alternations: measured 2.3x faster than
    /// compiled patterns, and without their cost of compiling (1.5 s of JIT on first use, in
    /// the scoring threads). A lexicon line the engine cannot run (a back-reference,
    /// a look-around) falls back to compiled patterns.
    /// </summary>
    private Regex[] Fast()
    {
        Regex[] patterns;
        try
        {
            patterns = Build(RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            patterns = Build(RegexOptions.Compiled);
        }

        // The engine builds its automaton (or JIT-compiles its code) as text comes: done here, on
        // sentences of this run, it is not done by the scoring threads, each waiting on the other.
        foreach (var pattern in patterns)
        {
            foreach (var sentence in _sample)
            {
                foreach (var _ in pattern.EnumerateMatches(sentence ?? string.Empty))
                {
                }
            }
        }

        return patterns;
    }

    private static CueLexicon Load()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sources = new string[Groups.Count];
        var lines = new List<string>[Groups.Count];
        for (var g = 0; g < Groups.Count; g++)
        {
            var name = $"Cues/{Groups[g]}.txt";
            sha.AppendData(Encoding.UTF8.GetBytes(EmbeddedResources.ReadText(name)));
            lines[g] = [.. EmbeddedResources.ReadLines(name)];
            sources[g] = $@"\b(?:{string.Join('|', lines[g].Select(line => $"(?:{line})"))})\b";
        }

        return new CueLexicon(sources, Convert.ToHexStringLower(sha.GetHashAndReset()), lines);
    }
}
