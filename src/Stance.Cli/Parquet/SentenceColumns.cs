using Parquet;
using Parquet.Schema;
using Stance.Model.Labels;

namespace Stance.Cli.Parquet;

/// <summary>The typed columns of the Parquet output, and one row group written or read at a time.</summary>
internal static class SentenceColumns
{
    private static readonly DataField<string> PathField = new("path", false);
    private static readonly DataField<string> Sha256Field = new("sha256", false);
    private static readonly DataField<string> ArticleIdField = new("article_id", false);
    private static readonly DataField<int?> SentenceIdField = new("sentence_id");
    private static readonly DataField<int?> StartField = new("start");
    private static readonly DataField<int?> EndField = new("end");
    private static readonly DataField<bool?> BoilerplateField = new("boilerplate");
    private static readonly DataField<string> LabelsField = new("labels", true);
    private static readonly DataField<bool?>[] HasFields = [.. LabelSet.All.Select(l => new DataField<bool?>(LabelSet.KeyOf(l)))];
    private static readonly DataField<double?>[] ProbabilityFields = [.. LabelSet.All.Select(l => new DataField<double?>("p_" + LabelSet.KeyOf(l)))];
    // The same names as the TSV/CSV columns: who makes the move, at whom, and mention spans "sentence:start-end".
    private static readonly DataField<string>[] AttributionFields = [.. new[] { "speaker", "speaker_type", "speaker_span", "target", "target_type", "target_span" }.Select(n => new DataField<string>(n, true))];
    private static readonly DataField<int?> RespondsToField = new("responds_to");
    private static readonly DataField<string> TextField = new("text", true);

    /// <summary>path, sha256, article_id, sentence_id, start, end, boilerplate, labels, one boolean per label, p_* per label, speaker ... responds_to, text.</summary>
    public static ParquetSchema Schema { get; } = new(
        [PathField, Sha256Field, ArticleIdField, SentenceIdField, StartField, EndField, BoilerplateField, LabelsField, .. HasFields, .. ProbabilityFields, .. AttributionFields, RespondsToField, TextField]);

    /// <summary>Writes <paramref name="rows"/> as one row group.</summary>
    public static async Task WriteAsync(ParquetWriter writer, IReadOnlyList<SentenceRow> rows)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(PathField, rows.Select(r => r.Path).ToArray(), null).ConfigureAwait(false);
        await group.WriteAsync(Sha256Field, rows.Select(r => r.Sha256).ToArray(), null).ConfigureAwait(false);
        await group.WriteAsync(ArticleIdField, rows.Select(r => r.ArticleId).ToArray(), null).ConfigureAwait(false);
        await group.WriteAsync<int>(SentenceIdField, rows.Select(r => r.SentenceId).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(StartField, rows.Select(r => r.Start).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(EndField, rows.Select(r => r.End).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<bool>(BoilerplateField, rows.Select(r => r.Boilerplate).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(LabelsField, rows.Select(r => r.Labels!).ToArray(), null).ConfigureAwait(false);
        for (var l = 0; l < HasFields.Length; l++)
        {
            await group.WriteAsync<bool>(HasFields[l], rows.Select(r => r.Has[l]).ToArray()).ConfigureAwait(false);
        }

        for (var l = 0; l < ProbabilityFields.Length; l++)
        {
            await group.WriteAsync<double>(ProbabilityFields[l], rows.Select(r => r.Probabilities[l]).ToArray()).ConfigureAwait(false);
        }

        for (var a = 0; a < AttributionFields.Length; a++)
        {
            await group.WriteAsync(AttributionFields[a], rows.Select(r => r.Attribution[a]!).ToArray(), null).ConfigureAwait(false);
        }

        await group.WriteAsync<int>(RespondsToField, rows.Select(r => r.RespondsTo).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(TextField, rows.Select(r => r.Text!).ToArray(), null).ConfigureAwait(false);
        group.CompleteValidate();
    }

    /// <summary>Reads row group <paramref name="index"/> whole.</summary>
    public static async Task<SentenceRow[]> ReadAsync(ParquetReader reader, int index)
    {
        using var group = reader.OpenRowGroupReader(index);
        var count = checked((int)group.RowCount);
        var paths = await Strings(group, PathField, count).ConfigureAwait(false);
        var hashes = await Strings(group, Sha256Field, count).ConfigureAwait(false);
        var ids = await Strings(group, ArticleIdField, count).ConfigureAwait(false);
        var sentenceIds = await Values(group, SentenceIdField, count).ConfigureAwait(false);
        var starts = await Values(group, StartField, count).ConfigureAwait(false);
        var ends = await Values(group, EndField, count).ConfigureAwait(false);
        var boilerplate = await Values(group, BoilerplateField, count).ConfigureAwait(false);
        var labels = await Strings(group, LabelsField, count).ConfigureAwait(false);
        var has = new bool?[HasFields.Length][];
        for (var l = 0; l < has.Length; l++)
        {
            has[l] = await Values(group, HasFields[l], count).ConfigureAwait(false);
        }

        var probabilities = new double?[ProbabilityFields.Length][];
        for (var l = 0; l < probabilities.Length; l++)
        {
            probabilities[l] = await Values(group, ProbabilityFields[l], count).ConfigureAwait(false);
        }

        var attribution = new string?[AttributionFields.Length][];
        for (var a = 0; a < attribution.Length; a++)
        {
            attribution[a] = await Strings(group, AttributionFields[a], count).ConfigureAwait(false);
        }

        var respondsTo = await Values(group, RespondsToField, count).ConfigureAwait(false);
        var texts = await Strings(group, TextField, count).ConfigureAwait(false);
        return [.. Enumerable.Range(0, count).Select(i => new SentenceRow(
            paths[i]!, hashes[i]!, ids[i]!, sentenceIds[i], starts[i], ends[i], boilerplate[i], labels[i],
            [.. has.Select(c => c[i])], [.. probabilities.Select(c => c[i])], [.. attribution.Select(c => c[i])], respondsTo[i], texts[i]))];
    }

    private static async Task<string?[]> Strings(ParquetRowGroupReader group, DataField<string> field, int count)
    {
        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory(), null).ConfigureAwait(false);
        return values;
    }

    private static async Task<T?[]> Values<T>(ParquetRowGroupReader group, DataField<T?> field, int count)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync<T>(field, values.AsMemory(), null).ConfigureAwait(false);
        return values;
    }
}
