using System.Globalization;

namespace Stance.Cli;

/// <summary>
/// Reads the value of <c>--shard</c>: an explicit <c>K/N</c>, or <c>auto</c> / <c>auto/N</c>, which
/// take this task's slice from the cluster engine's environment (a Slurm job array or a
/// Kubernetes Indexed Job). Only the CLI reads the environment; the libraries get a plain (K, N).
/// </summary>
internal static class ShardEnvironment
{
    /// <summary>Slurm's index of this task in a job array (as given to <c>--array</c>).</summary>
    public const string SlurmTaskId = "SLURM_ARRAY_TASK_ID";

    /// <summary>Kubernetes' 0-based index of this pod in an Indexed Job.</summary>
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    /// <summary>The slice K of N (1-based) that <paramref name="text"/> asks for.</summary>
    /// <param name="text">K/N, auto or auto/N.</param>
    /// <param name="variable">Looks up an environment variable (null when unset).</param>
    /// <exception cref="UsageException">Not a valid value, or auto without an engine's variables.</exception>
    public static (int K, int N) Parse(string text, Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(variable);
        if (text == "auto" || text.StartsWith("auto/", StringComparison.Ordinal))
        {
            int? n = text == "auto" ? null : Positive(text[5..]) ?? throw Invalid(text);
            return FromEnvironment(n, variable);
        }

        var parts = text.Split('/');
        return parts.Length == 2 && Positive(parts[0]) is { } k && Positive(parts[1]) is { } count && k <= count
            ? (k, count)
            : throw Invalid(text);
    }

    private static (int K, int N) FromEnvironment(int? n, Func<string, string?> variable)
    {
        if (variable(SlurmTaskId) is { Length: > 0 } slurm)
        {
            return FromSlurm(slurm, n, variable);
        }

        if (variable(KubernetesIndex) is { Length: > 0 } kubernetes)
        {
            // Kubernetes exports the index but not the number of completions, so N must be given.
            var index = Whole(kubernetes) ?? throw new UsageException($"--shard auto: {KubernetesIndex} is '{kubernetes}', not a number.");
            return n is { } count
                ? index < count ? (index + 1, count) : throw new UsageException($"--shard auto/{count}: {KubernetesIndex}={index} is not below {count}; set completions to {count} or pass the right N.")
                : throw new UsageException($"--shard auto: Kubernetes does not export the number of indexes; give it as --shard auto/N with N the Job's completions ({KubernetesIndex}={index} here).");
        }

        throw new UsageException($"--shard auto: neither {SlurmTaskId} (a Slurm job array) nor {KubernetesIndex} (a Kubernetes Indexed Job) is set; give --shard K/N.");
    }

    /// <summary>
    /// With N given, task IDs are the K themselves (submit <c>--array=1-N</c>), so resubmitting one
    /// index alone (<c>--array=3</c>) still labels slice 3 of N. Without N, the array's own range
    /// gives it, 0- or 1-based.
    /// </summary>
    private static (int K, int N) FromSlurm(string slurm, int? n, Func<string, string?> variable)
    {
        var id = Whole(slurm) ?? throw new UsageException($"--shard auto: {SlurmTaskId} is '{slurm}', not a number.");
        if (n is { } given)
        {
            return id >= 1 && id <= given
                ? (id, given)
                : throw new UsageException($"--shard auto/{given}: {SlurmTaskId}={id} is not between 1 and {given}; submit the array as --array=1-{given}.");
        }

        var min = Whole(variable("SLURM_ARRAY_TASK_MIN") ?? string.Empty);
        var max = Whole(variable("SLURM_ARRAY_TASK_MAX") ?? string.Empty);
        var count = Whole(variable("SLURM_ARRAY_TASK_COUNT") ?? string.Empty);
        if (min is null || (count is null && max is null))
        {
            throw new UsageException($"--shard auto: {SlurmTaskId}={id} but Slurm gave neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MIN/MAX; give --shard auto/N.");
        }

        var span = max - min + 1;
        var total = count ?? span!.Value;
        if (min > 1 || (span is { } s && s != total))
        {
            // A resubmitted part (--array=3) or a stepped or sparse array: its range is not the N slices.
            throw new UsageException($"--shard auto: this array's tasks are not 1..N or 0..N-1 (min {min}, {total} tasks); give the total as --shard auto/N and submit --array=1-N (or the missing indexes alone).");
        }

        return (id - min.Value + 1, total);
    }

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Positive(string text) => Whole(text) is { } value && value >= 1 ? value : null;

    private static UsageException Invalid(string text) =>
        new($"--shard takes K/N with 1 <= K <= N (e.g. 2/8), auto, or auto/N, not '{text}'.");
}
