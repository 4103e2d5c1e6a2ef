namespace Stance.Model.Segmentation;

/// <summary>Boilerplate flags for sentences that were segmented elsewhere (labeled files, gold files).</summary>
public static class BoilerplateFlags
{
    /// <summary>Flags each sentence of one article (in order) the way <see cref="Segmenter"/> would.</summary>
    public static bool[] Detect(IReadOnlyList<string> sentences) => BoilerplateDetector.Default.Detect(sentences);
}
