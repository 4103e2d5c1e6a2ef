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
    /// The patterns for a batch, compiled to IL without capture groups (no lexicon line reads
    /// one back; a line that does keeps its groups), which match the same text. Measured against
    /// the non-backtracking engine: a little slower alone (3.9 against 2.9 us a sentence, warm)
    /// but without its cost when two threads share a pattern (each call from a second thread
    /// built its own matching state: 30-50% more CPU on two threads) and without an automaton
    /// still growing during the run.
    /// </summary>
    internal Regex[] BuildFast()
    {
        try
        {
            return Build(RegexOptions.Compiled | RegexOptions.ExplicitCapture);
        }
        catch (ArgumentException)
        {
            return Build(RegexOptions.Compiled);
        }
    }

    private Regex[] Fast()
    {
        var patterns = BuildFast();

        // Compiled patterns are JIT-compiled on first use (about a second for these): done here,
        // on sentences of this run, the scoring threads never wait for it.
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
