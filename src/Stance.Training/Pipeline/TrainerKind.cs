namespace Stance.Training.Pipeline;

/// <summary>The binary trainers Stance compares, one classifier per label.</summary>
public enum TrainerKind
{
    /// <summary>SDCA logistic regression (linear, calibrated).</summary>
    Sdca,

    /// <summary>L-BFGS logistic regression (linear, calibrated).</summary>
    Lbfgs,

    /// <summary>FastTree gradient-boosted trees with Platt calibration.</summary>
    FastTree,
}
