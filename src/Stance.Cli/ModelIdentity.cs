using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Stance.Model.Scoring;

namespace Stance.Cli;

/// <summary>Names a model and the tool precisely enough that two outputs made by different ones are never mixed.</summary>
internal static class ModelIdentity
{
    /// <summary>The tool's version (informational version without the source hash).</summary>
    public static string ToolVersion { get; } =
        typeof(ModelIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ModelIdentity).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    /// <summary>Trainer, training time, a hash of the training data and thresholds: equal for the same model file, different otherwise.</summary>
    public static string Of(StanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var m = model.Manifest;
        var data = string.Join(';', m.TrainingFiles.Select(f => f.ToString()));
        var thresholds = string.Join(',', m.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}={t.Value:F4}")));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{m.Trainer}|{m.TrainedAt}|{data}|{thresholds}|{m.LexiconHash}")))[..12];
        return $"{m.Trainer}, trained {m.TrainedAt}, id {hash}";
    }
}
