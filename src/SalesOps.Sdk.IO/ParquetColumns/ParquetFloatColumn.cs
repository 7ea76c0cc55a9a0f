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
    private T?[] _values = [];

    public ParquetFloatColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeMeasure => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        _values = Ensure(_values, rowCount);
        await rowGroup.ReadAsync<T>(Field, _values.AsMemory(0, rowCount), null, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => !_values[row].HasValue;

    public override string Format(int row) => _values[row]?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    public override FactValueParseStatus TryGetScaled(int row, out long scaled)
    {
        scaled = 0;
        T value = _values[row]!.Value;
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
