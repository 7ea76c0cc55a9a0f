using NodaTime;
using Parquet;
using Parquet.Schema;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO.ParquetColumns;

/// <summary>
/// The values of one Parquet column for the current row group, read into a reusable buffer, with the conversions
/// the fact roles need: a measure value (exact, scaled), a dimension value (characters) or a date.
/// </summary>
internal abstract class ParquetColumn
{
    protected ParquetColumn(DataField field)
    {
        Field = field;
    }

    /// <summary>The Parquet field.</summary>
    public DataField Field { get; }

    /// <summary>Whether the column can be a measure.</summary>
    public virtual bool CanBeMeasure => false;

    /// <summary>Whether the column can be a dimension.</summary>
    public virtual bool CanBeDimension => false;

    /// <summary>Whether the column can be the date.</summary>
    public virtual bool CanBeDate => false;

    /// <summary>Creates the column reader for a field, or null when its type is not supported.</summary>
    public static ParquetColumn? Create(DataField field)
    {
        Type type = field.ClrType;
        return type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? new ParquetStringColumn(field)
            : type == typeof(int) ? new ParquetIntegerColumn<int>(field)
            : type == typeof(long) ? new ParquetIntegerColumn<long>(field)
            : type == typeof(short) ? new ParquetIntegerColumn<short>(field)
            : type == typeof(sbyte) ? new ParquetIntegerColumn<sbyte>(field)
            : type == typeof(byte) ? new ParquetIntegerColumn<byte>(field)
            : type == typeof(ushort) ? new ParquetIntegerColumn<ushort>(field)
            : type == typeof(uint) ? new ParquetIntegerColumn<uint>(field)
            : type == typeof(ulong) ? new ParquetIntegerColumn<ulong>(field)
            : type == typeof(double) ? new ParquetFloatColumn<double>(field)
            : type == typeof(float) ? new ParquetFloatColumn<float>(field)
            : type == typeof(Half) ? new ParquetFloatColumn<Half>(field)
            : type == typeof(decimal) ? new ParquetDecimalColumn(field)
            : type == typeof(DateOnly) ? new ParquetDateOnlyColumn(field)
            : type == typeof(DateTime) ? new ParquetDateTimeColumn(field)
            : null;
    }

    /// <summary>Reads the column of a row group into the buffer.</summary>
    public abstract Task ReadAsync(ParquetRowGroupReader rowGroup, int rowCount, CancellationToken cancellationToken);

    /// <summary>Whether the value in a row is null.</summary>
    public abstract bool IsNull(int row);

    /// <summary>The value in a row as text, for messages.</summary>
    public abstract string Format(int row);

    /// <summary>The exact scaled value of a non-null row.</summary>
    public virtual FactValueParseStatus TryGetScaled(int row, out long scaled) => throw new NotSupportedException();

    /// <summary>The characters of a non-null row, possibly formatted into <paramref name="buffer"/>.</summary>
    public virtual ReadOnlySpan<char> GetText(int row, Span<char> buffer) => throw new NotSupportedException();

    /// <summary>The date of a non-null row; on failure <paramref name="problem"/> says why.</summary>
    public virtual bool TryGetDate(int row, out LocalDate date, out string? problem) => throw new NotSupportedException();

    /// <summary>A buffer of at least <paramref name="length"/> elements, reusing <paramref name="buffer"/> when large enough.</summary>
    protected static T[] Ensure<T>(T[] buffer, int length) => buffer.Length >= length ? buffer : new T[length];
}
