using System.Globalization;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>A Parquet DATE column.</summary>
internal sealed class ParquetDateOnlyColumn : ParquetColumn
{
    private DateOnly?[] _values = [];

    public ParquetDateOnlyColumn(DataField field)
        : base(field)
    {
    }

    public override bool CanBeDate => true;

    public override async Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken)
    {
        _values = Ensure(_values, rowCount);
        await rowGroup.ReadAsync<DateOnly>(Field, _values.AsMemory(0, rowCount), null, cancellationToken).ConfigureAwait(false);
    }

    public override bool IsNull(int row) => !_values[row].HasValue;

    public override string Format(int row) => _values[row]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public override bool TryGetDate(int row, out LocalDate date, out string? problem)
    {
        DateOnly value = _values[row]!.Value;
        date = new LocalDate(value.Year, value.Month, value.Day);
        problem = null;
        return true;
    }
}
