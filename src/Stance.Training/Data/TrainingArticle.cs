using Stance.Model.Features;
using Stance.Model.Labels;

namespace Stance.Training.Data;

/// <summary>An article as training sees it: every sentence's model input, and gold labels for the labeled ones.</summary>
/// <param name="Id">The article's name; cross-validation folds never split it.</param>
/// <param name="Provenance">Where its labels come from: seed, authored or real (weights and reports differ by source).</param>
/// <param name="Inputs">Every sentence, as the model sees it, in reading order.</param>
/// <param name="Gold">Per sentence, the gold labels, or null for a sentence nobody labeled (it still gives its neighbours context).</param>
/// <param name="Boilerplate">Per sentence, whether it is site boilerplate (never labeled).</param>
/// <param name="Selection">How the article's sentences were chosen (random, uncertain, enriched, ...), or empty.</param>
internal sealed record TrainingArticle(string Id, string Provenance, ModelInput[] Inputs, LabelSet?[] Gold, bool[] Boilerplate, string Selection)
{
    /// <summary>The top folder of a corpus article ("fakes-syria"), or the provenance for other articles.</summary>
    public string Folder => Id.Contains('/') ? Id[..Id.IndexOf('/')] : Provenance;

    /// <summary>Number of labeled sentences.</summary>
    public int LabeledCount => Gold.Count(g => g is not null);
}
