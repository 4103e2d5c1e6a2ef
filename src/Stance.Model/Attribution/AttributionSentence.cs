using Stance.Model.Labels;

namespace Stance.Model.Attribution;

/// <summary>A sentence as the attributor reads it: id, text and the moves it carries.</summary>
/// <param name="Id">1-based position in the article.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Labels">Its moves (predicted or gold); sentences without moves are context only.</param>
public sealed record AttributionSentence(int Id, string Text, LabelSet Labels);
