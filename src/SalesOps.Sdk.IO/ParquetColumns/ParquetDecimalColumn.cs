using System.Globalization;
using Parquet;
using Parquet.Schema;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>A DECIMAL measure column, converted exactly; more than four significant decimal places are refused.</summary>
internal sealed class ParquetDecimalColumn : ParquetColumn
{
    private const decimal MaxScaled = long.MaxValue;

    private readonly ParquetValues<decimal> _values = new();

    public ParquetDecimalColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeMeasure => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        await _values.ReadAsync(rowGroup, Field, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => _values.IsNull(row);

    public override string Format(int row) => _values.IsNull(row) ? string.Empty : _values[row].ToString(CultureInfo.InvariantCulture);

    public override FactValueParseStatus TryGetScaled(int row, out long scaled)
    {
        scaled = 0;
        decimal value = _values[row];
        if (Math.Abs(value) > MaxScaled / FactValue.Scale)
        {
            return FactValueParseStatus.Overflow;
        }

        decimal times = value * FactValue.Scale;
        if (times != decimal.Truncate(times))
        {
            return FactValueParseStatus.TooManyDecimalPlaces;
        }

        scaled = decimal.ToInt64(times);
        return FactValueParseStatus.Ok;
    }
}
