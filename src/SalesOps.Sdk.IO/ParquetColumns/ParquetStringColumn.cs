using NodaTime;
using Parquet;
using Parquet.Schema;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>A text column: a dimension, an ISO <c>yyyy-MM-dd</c> date, or a measure written as a decimal number.</summary>
internal sealed class ParquetStringColumn : ParquetColumn
{
    private string?[] _values = [];

    public ParquetStringColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeMeasure => true;

    public override bool CanBeDimension => true;

    public override bool CanBeDate => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        _values = Ensure(_values, rowCount);
        await rowGroup.ReadAsync(Field, _values.AsMemory(0, rowCount)!, null, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => string.IsNullOrEmpty(_values[row]);

    public override string Format(int row) => _values[row] ?? string.Empty;

    public override FactValueParseStatus TryGetScaled(int row, out long scaled)
    {
        try
        {
            return FactValue.TryParseScaled(_values[row], out scaled);
        }
        catch (OverflowException)
        {
            scaled = 0;
            return FactValueParseStatus.Overflow;
        }
    }

    public override ReadOnlySpan<char> GetText(int row, Span<char> buffer) => _values[row];

    public override bool TryGetDate(int row, out LocalDate date, out string? problem) =>
        IsoDate.TryParse(_values[row], out date, out problem);
}
