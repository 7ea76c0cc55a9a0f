using System.Globalization;
using System.Numerics;
using Parquet;
using Parquet.Schema;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>
/// A floating-point measure column. A value is taken as its shortest round-trip decimal text (what the writer meant,
/// e.g. 410.19 for the double nearest 410.19) and must then have at most four decimal places; NaN and infinities are
/// refused.
/// </summary>
internal sealed class ParquetFloatColumn<T> : ParquetColumn
    where T : struct, IFloatingPointIeee754<T>
{
    private readonly ParquetValues<T> _values = new();

    public ParquetFloatColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeMeasure => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        await _values.ReadAsync(rowGroup, Field, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => _values.IsNull(row);

    public override string Format(int row) => _values.IsNull(row) ? string.Empty : _values[row].ToString("R", CultureInfo.InvariantCulture);

    public override FactValueParseStatus TryGetScaled(int row, out long scaled)
    {
        scaled = 0;
        T value = _values[row];
        if (!T.IsFinite(value))
        {
            return FactValueParseStatus.NotANumber;
        }

        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out int written, "R", CultureInfo.InvariantCulture))
        {
            return FactValueParseStatus.Overflow;
        }

        text = text[..written];
        if (text.IndexOfAny('E', 'e') >= 0)
        {
            // Exponent notation is used below 1e-5 (more than four decimals) and from 1e15 (beyond the exact range).
            return T.Abs(value) < T.One ? FactValueParseStatus.TooManyDecimalPlaces : FactValueParseStatus.Overflow;
        }

        try
        {
            return FactValue.TryParseScaled(text, out scaled);
        }
        catch (OverflowException)
        {
            return FactValueParseStatus.Overflow;
        }
    }
}
