using Parquet;
using Parquet.Schema;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>
/// The values of one value-type column for the current row group. A required column is read into a plain buffer and
/// an optional one into a nullable buffer: reading a required column as nullable would consult definition levels the
/// column does not have.
/// </summary>
internal sealed class ParquetValues<T>
    where T : struct
{
    private T[] _values = [];
    private T?[] _nullableValues = [];
    private bool _nullable;

    public async Task ReadAsync(ParquetRowGroupReader rowGroup, DataField field, int rowCount, CancellationToken cancellationToken)
    {
        _nullable = field.IsNullable;
        if (_nullable)
        {
            _nullableValues = _nullableValues.Length >= rowCount ? _nullableValues : new T?[rowCount];
            await rowGroup.ReadAsync<T>(field, _nullableValues.AsMemory(0, rowCount), null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            _values = _values.Length >= rowCount ? _values : new T[rowCount];
            await rowGroup.ReadAsync<T>(field, _values.AsMemory(0, rowCount), null, cancellationToken).ConfigureAwait(false);
        }
    }

    public bool IsNull(int row) => _nullable && !_nullableValues[row].HasValue;

    public T this[int row] => _nullable ? _nullableValues[row]!.Value : _values[row];
}
