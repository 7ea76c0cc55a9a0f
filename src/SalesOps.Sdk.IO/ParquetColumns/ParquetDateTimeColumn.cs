using System.Globalization;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>A timestamp column (or a legacy INT96 date-time): the row's date is the date part as stored, no time-zone conversion.</summary>
internal sealed class ParquetDateTimeColumn : ParquetColumn
{
    private readonly ParquetValues<DateTime> _values = new();

    public ParquetDateTimeColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeDate => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        await _values.ReadAsync(rowGroup, Field, rowCount, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => _values.IsNull(row);

    public override string Format(int row) => _values.IsNull(row) ? string.Empty : _values[row].ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public override bool TryGetDate(int row, out LocalDate date, out string? problem)
    {
        DateTime value = _values[row];
        date = new LocalDate(value.Year, value.Month, value.Day);
        problem = null;
        return true;
    }
}
