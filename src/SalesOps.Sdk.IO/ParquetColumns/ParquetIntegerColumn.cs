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

    private T?[] _values = [];

    public ParquetIntegerColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeMeasure => true;

    public override bool CanBeDimension => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        _values = Ensure(_values, rowCount);
        await rowGroup.ReadAsync<T>(Field, _values.AsMemory(0, rowCount), null, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => !_values[row].HasValue;

    public override string Format(int row) => _values[row]?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;

    public override FactValueParseStatus TryGetScaled(int row, out long scaled)
    {
        scaled = 0;
        T value = _values[row]!.Value;
        if (value > T.CreateSaturating(MaxWhole) || value < T.CreateSaturating(-MaxWhole))
        {
            return FactValueParseStatus.Overflow;
        }

        long whole = long.CreateTruncating(value);

        scaled = whole * FactValue.Scale;
        return FactValueParseStatus.Ok;
    }

    public override ReadOnlySpan<char> GetText(int row, Span<char> buffer) =>
        _values[row]!.Value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : Format(row);
}
