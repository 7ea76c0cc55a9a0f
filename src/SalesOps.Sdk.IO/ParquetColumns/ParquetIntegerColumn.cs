using System.Globalization;
using System.Numerics;
using Parquet;
using Parquet.Schema;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>An integer column: a measure (exact) or a dimension (its decimal digits).</summary>
internal sealed class ParquetIntegerColumn<T> : ParquetColumn
    where T : struct, IBinaryInteger<T>
{
    private const long MaxWhole = long.MaxValue / FactValue.Scale;

    private readonly ParquetValues<T> _values = new();

    public ParquetIntegerColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeMeasure => true;

    public override bool CanBeDimension => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        await _values.ReadAsync(rowGroup, Field, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => _values.IsNull(row);

    public override string Format(int row) => _values.IsNull(row) ? string.Empty : _values[row].ToString(null, CultureInfo.InvariantCulture);

    public override FactValueParseStatus TryGetScaled(int row, out long scaled)
    {
        scaled = 0;
        T value = _values[row];
        if (value > T.CreateSaturating(MaxWhole) || value < T.CreateSaturating(-MaxWhole))
        {
            return FactValueParseStatus.Overflow;
        }

        long whole = long.CreateTruncating(value);

        scaled = whole * FactValue.Scale;
        return FactValueParseStatus.Ok;
    }

    public override ReadOnlySpan<char> GetText(int row, Span<char> buffer) =>
        _values[row].TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : Format(row);
}
