using Stance.Model.Labels;

namespace Stance.Model.Scoring;

/// <summary>A sentence of a scored article.</summary>
/// <param name="Id">1-based position.</param>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="End">Offset just past its end in the original text.</param>
/// <param name="Text">The sentence as classified.</param>
/// <param name="IsBoilerplate">Site boilerplate (never labeled).</param>
/// <param name="Labels">The labels assigned.</param>
/// <param name="Probabilities">Probability per label, in <see cref="StanceLabel"/> order.</param>
/// <param name="Explanations">For each assigned label, the features that pushed it most.</param>
public sealed record ScoredSentence(
    int Id,
    int Start,
    int End,
    string Text,
    bool IsBoilerplate,
    LabelSet Labels,
    IReadOnlyList<float> Probabilities,
    IReadOnlyDictionary<StanceLabel, IReadOnlyList<FeatureContribution>> Explanations);
