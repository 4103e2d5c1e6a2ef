using Stance.Model.Labels;

namespace Stance.Model.Annotation;

/// <summary>One line of a session log.</summary>
/// <param name="ArticleId">The sentence's article.</param>
/// <param name="SentenceId">The sentence.</param>
/// <param name="Labels">The labels decided (for an undo: the labels of the decision taken back).</param>
/// <param name="Decision">What was done.</param>
public sealed record DecisionRecord(string ArticleId, int SentenceId, LabelSet Labels, Decision Decision);
