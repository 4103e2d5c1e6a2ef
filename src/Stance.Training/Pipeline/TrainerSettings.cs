namespace Stance.Training.Pipeline;

/// <summary>Hyper-parameters of the trainers; the defaults are the ones the shipped model was chosen with.</summary>
public sealed class TrainerSettings
{
    /// <summary>L2 regularisation of L-BFGS logistic regression.</summary>
    public float LbfgsL2 { get; init; } = 0.1f;

    /// <summary>
    /// Per-label L2 of L-BFGS overriding <see cref="LbfgsL2"/> (canonical label order), or null:
    /// rare labels may want a different strength than common ones.
    /// </summary>
    public IReadOnlyList<float>? LbfgsL2PerLabel { get; init; }

    /// <summary>The L2 of L-BFGS for <paramref name="label"/>.</summary>
    public float L2For(Stance.Model.Labels.StanceLabel label) => LbfgsL2PerLabel?[(int)label] ?? LbfgsL2;

    /// <summary>Convergence tolerance of L-BFGS; looser than ML.NET's 1e-7 default, which buys nothing measurable here.</summary>
    public float LbfgsTolerance { get; init; } = 1e-5f;

    /// <summary>Most L-BFGS iterations.</summary>
    public int LbfgsIterations { get; init; } = 150;

    /// <summary>L2 regularisation of SDCA logistic regression.</summary>
    public float SdcaL2 { get; init; } = 1e-4f;

    /// <summary>Passes of SDCA over the data.</summary>
    public int SdcaIterations { get; init; } = 30;

    /// <summary>Trees of FastTree.</summary>
    public int FastTreeTrees { get; init; } = 60;

    /// <summary>Leaves per FastTree tree.</summary>
    public int FastTreeLeaves { get; init; } = 16;
}
