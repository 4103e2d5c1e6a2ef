using Microsoft.ML;
using Microsoft.ML.Data;

namespace Stance.Training.Pipeline;

/// <summary>
/// A view of some columns of another data view, without their annotations. Each classifier
/// stores the schema it was trained on inside the model file; trained on this view instead of
/// the featurizer's output, it stores a few columns rather than every n-gram's name several
/// times over, which made the model file 3 MB larger and loading it several times slower.
/// </summary>
internal sealed class ProjectedDataView : IDataView
{
    private readonly IDataView _source;
    private readonly int[] _sourceIndex;

    public ProjectedDataView(IDataView source, params string[] columns)
    {
        _source = source;
        _sourceIndex = columns.Select(name => source.Schema[name].Index).ToArray();
        var builder = new DataViewSchema.Builder();
        foreach (var name in columns)
        {
            builder.AddColumn(name, source.Schema[name].Type);
        }

        Schema = builder.ToSchema();
    }

    public bool CanShuffle => _source.CanShuffle;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _source.GetRowCount();

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, _source.GetRowCursor(SourceColumns(columnsNeeded), rand));

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        _source.GetRowCursorSet(SourceColumns(columnsNeeded), n, rand).Select(c => (DataViewRowCursor)new Cursor(this, c)).ToArray();

    private List<DataViewSchema.Column> SourceColumns(IEnumerable<DataViewSchema.Column> columns) =>
        columns.Select(c => _source.Schema[_sourceIndex[c.Index]]).ToList();

    private sealed class Cursor(ProjectedDataView view, DataViewRowCursor inner) : DataViewRowCursor
    {
        public override DataViewSchema Schema => view.Schema;

        public override long Position => inner.Position;

        public override long Batch => inner.Batch;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
            inner.GetGetter<TValue>(inner.Schema[view._sourceIndex[column.Index]]);

        public override ValueGetter<DataViewRowId> GetIdGetter() => inner.GetIdGetter();

        public override bool IsColumnActive(DataViewSchema.Column column) => inner.IsColumnActive(inner.Schema[view._sourceIndex[column.Index]]);

        public override bool MoveNext() => inner.MoveNext();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
