using System.Globalization;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>A Parquet DATE column.</summary>
internal sealed class ParquetDateOnlyColumn : ParquetColumn
{
    private readonly ParquetValues<DateOnly> _values = new();

    public ParquetDateOnlyColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeDate => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        await _values.ReadAsync(rowGroup, Field, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => _values.IsNull(row);

    public override string Format(int row) => _values.IsNull(row) ? string.Empty : _values[row].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override bool TryGetDate(int row, out LocalDate date, out string? problem)
    {
        DateOnly value = _values[row];
        date = new LocalDate(value.Year, value.Month, value.Day);
        problem = null;
        return true;
    }
}
