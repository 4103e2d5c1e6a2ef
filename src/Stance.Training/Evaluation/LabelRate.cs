namespace Stance.Training.Evaluation;

/// <summary>The share of a folder's sentences given a label by the model, beside the share in gold data of that folder.</summary>
/// <param name="Folder">The corpus folder.</param>
/// <param name="Label">The label.</param>
/// <param name="Predicted">Share of the folder's content sentences the model labels so.</param>
/// <param name="Gold">Share in the gold sentences of the folder's randomly chosen dev articles (true base rates), or null.</param>
/// <param name="Sentences">Content sentences scored in the folder.</param>
/// <param name="GoldSentences">Gold sentences the gold share is computed on.</param>
/// <param name="PredictedOnGold">
/// Share of those same gold sentences the model labels so, or null. A few dozen random articles
/// can hold far more or fewer of a clustered label than the folder does; beside
/// <paramref name="Gold"/>, this tells the model's bias apart from the sample's.
/// </param>
public sealed record LabelRate(string Folder, string Label, double Predicted, double? Gold, int Sentences, int GoldSentences, double? PredictedOnGold = null)
{
    /// <summary>Predicted share over gold share (null when there is no gold share).</summary>
    public double? Ratio => Gold is > 0 ? Predicted / Gold : null;

    /// <summary>Predicted share over gold share on the same gold sentences (null when there is no gold share).</summary>
    public double? RatioOnGold => Gold is > 0 && PredictedOnGold is { } p ? p / Gold : null;
}
