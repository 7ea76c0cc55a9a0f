using System.Collections.Immutable;
using NodaTime;
using Parquet;
using Parquet.Schema;
using SalesOps.Sdk.IO.ParquetColumns;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>
/// A Parquet fact file (DESIGN §5 layout: <c>date</c>, dimension columns, measure columns) streamed one row group at
/// a time into an <see cref="IFactRowWriter"/>.
/// </summary>
/// <remarks>
/// <para>Top-level column names are matched case-insensitively; unknown columns (and nested or repeated ones) are
/// ignored and listed in <see cref="IgnoredColumns"/>.</para>
/// <para>The <c>date</c> column may be a Parquet DATE, a timestamp (its date part as stored, without time-zone
/// conversion) or an ISO <c>yyyy-MM-dd</c> string. Dimension columns are strings or integers. Measure columns may be
/// any integer type, DECIMAL (exact), FLOAT/DOUBLE or decimal strings; a floating-point value is taken as its shortest
/// round-trip decimal form and refused when that has more than four decimal places, as are NaN and infinities.
/// Nulls count as blank cells (see <see cref="FactFileOptions.TreatBlankAsZero"/>).</para>
/// <para>Memory is proportional to one row group. Immutable and thread-safe: <see cref="WriteTo"/> opens the file
/// afresh on each call.</para>
/// </remarks>
public sealed class ParquetFactSource : IFactRowSource
{
    private static readonly ParquetOptions ReaderOptions = new()
    {
        UseDateOnlyTypeForDates = true,
        TreatByteArrayAsString = true,
    };

    private readonly FactColumnMap _map;
    private readonly FactFileOptions _options;

    private ParquetFactSource(string path, FactColumnMap map, FactFileOptions options)
    {
        Path = path;
        _map = map;
        _options = options;
    }

    /// <summary>The dimensions present (in <see cref="FactFileOptions.Dimensions"/> order) and the measures present (in catalog order).</summary>
    public FactSchema Schema => _map.Schema;

    /// <summary>The top-level columns that are neither <c>date</c>, a dimension nor a measure, in file order; they are not read.</summary>
    public IReadOnlyList<string> IgnoredColumns => _map.IgnoredColumns;

    /// <summary>The path of the file, as given to <see cref="Open"/>.</summary>
    public string Path { get; }

    /// <summary>Opens a Parquet fact file: reads and checks its schema only.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to read it; <see cref="FactFileOptions.Default"/> when null.</param>
    /// <returns>The source; rows are read by <see cref="WriteTo"/>.</returns>
    /// <exception cref="FactFileException">
    /// The file does not exist, cannot be read or is not Parquet, or its schema has no <c>date</c> column, no measure
    /// column, a repeated name or a column of a type its role cannot have.
    /// </exception>
    /// <exception cref="ArgumentException">The options are inconsistent (e.g. a dimension named like a measure).</exception>
    public static ParquetFactSource Open(string path, FactFileOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= FactFileOptions.Default;
        FactColumnMap.Validate(options);
        FactColumnMap map = RunSynchronously(async () =>
        {
            ParquetReader reader = await OpenReaderAsync(path, CancellationToken.None).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return Map(path, reader.Schema, options).Map;
            }
        });
        return new ParquetFactSource(path, map, options);
    }

    /// <summary>
    /// Reads every row, one row group at a time, and writes it to <paramref name="writer"/>. A
    /// <see cref="FactAggregator"/> gets scaled values without per-row allocation for numeric columns; other writers
    /// get <see cref="IFactRowWriter.WriteRow"/>.
    /// </summary>
    /// <param name="writer">The destination, e.g. a <see cref="FactAggregator"/> of <see cref="Schema"/>.</param>
    /// <param name="cancellationToken">Stops the read (checked per row group and per row).</param>
    /// <exception cref="FactFileException">
    /// A row is invalid (the message names the row, column and value), or the file changed or cannot be read. Rows
    /// before it were already written: discard the writer.
    /// </exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var sink = new RowSink(writer, Schema);
        RunSynchronously(() => WriteToAsync(sink, cancellationToken));
    }

    /// <summary>The file name and schema.</summary>
    public override string ToString() => $"{FactFileErrors.Name(Path)}: {Schema}";

    private async Task<bool> WriteToAsync(RowSink sink, CancellationToken cancellationToken)
    {
        ParquetReader reader = await OpenReaderAsync(Path, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            (FactColumnMap map, ParquetColumn?[] columns) = Map(Path, reader.Schema, _options);
            if (!map.Names.SequenceEqual(_map.Names, StringComparer.Ordinal))
            {
                throw FactFileErrors.InSchema(Path, null, null, "the columns changed since the file was opened");
            }

            var state = new RowState(Schema);
            long rowsBefore = 0;
            for (int group = 0; group < reader.RowGroupCount; group++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using ParquetRowGroupReader rowGroup = reader.OpenRowGroupReader(group);
                int rowCount = checked((int)rowGroup.RowCount);
                foreach (ParquetColumn column in columns.OfType<ParquetColumn>())
                {
                    try
                    {
                        await column.ReadAsync(rowGroup, rowCount, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException)
                    {
                        throw FactFileErrors.AtRow(Path, rowsBefore + 1, column.Field.Name.ToLowerInvariant(), null, $"row group {group + 1} cannot be read: {ex.Message}", ex);
                    }
                }

                WriteRows(sink, state, columns, rowCount, rowsBefore, cancellationToken);
                rowsBefore += rowCount;
            }
        }

        return true;
    }

    private void WriteRows(RowSink sink, RowState state, ParquetColumn?[] columns, int rowCount, long rowsBefore, CancellationToken cancellationToken)
    {
        ImmutableArray<MeasureDefinition> measures = Schema.Measures;
        ImmutableArray<string> dimensions = Schema.Dimensions;
        ParquetColumn dateColumn = columns[_map.DateColumnIndex]!;
        Span<char> text = stackalloc char[32];
        bool blankAsZero = _options.TreatBlankAsZero;
        for (int i = 0; i < rowCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long row = rowsBefore + i + 1;
            if (dateColumn.IsNull(i))
            {
                throw FactFileErrors.BlankAtRow(Path, row, FactColumnMap.DateColumn, FactFileErrors.BlankDate);
            }

            if (!dateColumn.TryGetDate(i, out LocalDate date, out string? dateProblem))
            {
                throw FactFileErrors.AtRow(Path, row, FactColumnMap.DateColumn, dateColumn.Format(i), dateProblem!);
            }

            for (int m = 0; m < state.Scaled.Length; m++)
            {
                ParquetColumn column = columns[_map.MeasureColumns[m]]!;
                if (column.IsNull(i))
                {
                    if (!blankAsZero)
                    {
                        throw FactFileErrors.BlankAtRow(Path, row, measures[m].Id, FactFileErrors.BlankMeasure(measures[m].Id));
                    }

                    state.Scaled[m] = 0;
                    continue;
                }

                FactValueParseStatus status = column.TryGetScaled(i, out state.Scaled[m]);
                if (status != FactValueParseStatus.Ok)
                {
                    string value = column.Format(i);
                    throw FactFileErrors.AtRow(Path, row, measures[m].Id, value, FactFileErrors.NumberProblem(status, value));
                }

                if (FactFileErrors.RuleProblem(measures[m], state.Scaled[m]) is { } problem)
                {
                    throw FactFileErrors.AtRow(Path, row, measures[m].Id, column.Format(i), problem);
                }
            }

            for (int d = 0; d < state.Codes.Length; d++)
            {
                ParquetColumn column = columns[_map.DimensionColumns[d]]!;
                ReadOnlySpan<char> value = column.IsNull(i) ? default : column.GetText(i, text);
                if (value.IsWhiteSpace())
                {
                    throw FactFileErrors.BlankAtRow(Path, row, dimensions[d], FactFileErrors.BlankDimension(dimensions[d]));
                }

                state.Codes[d] = sink.EncodeDimension(d, value);
            }

            try
            {
                sink.Write(date, state.Codes, state.Scaled);
            }
            catch (FactDataException ex)
            {
                throw FactFileErrors.AtRow(Path, row, ex.Column, ex.Value, ex.Problem ?? ex.Message, ex);
            }
            catch (OverflowException ex)
            {
                throw FactFileErrors.AtRow(Path, row, null, null, "a running total exceeds the exact range of ±922337203685477.5807", ex);
            }
        }
    }

    private static (FactColumnMap Map, ParquetColumn?[] Columns) Map(string path, ParquetSchema schema, FactFileOptions options)
    {
        IReadOnlyList<Field> fields = schema.Fields;
        string[] names = [.. fields.Select(f => f.Name)];
        FactColumnMap map = FactColumnMap.Build(names, options, (column, value, problem) => FactFileErrors.InSchema(path, column, value, problem));
        var columns = new ParquetColumn?[fields.Count];
        Check(map.DateColumnIndex, FactColumnMap.DateColumn, c => c.CanBeDate, "a DATE, a timestamp or an ISO yyyy-MM-dd string");
        for (int d = 0; d < map.DimensionColumns.Length; d++)
        {
            Check(map.DimensionColumns[d], map.Schema.Dimensions[d], c => c.CanBeDimension, "a string or integer column");
        }

        for (int m = 0; m < map.MeasureColumns.Length; m++)
        {
            Check(map.MeasureColumns[m], map.Schema.Measures[m].Id, c => c.CanBeMeasure, "an integer, DECIMAL, FLOAT or DOUBLE column");
        }

        return (map, columns);

        void Check(int index, string role, Func<ParquetColumn, bool> fits, string expected)
        {
            Field field = fields[index];
            ParquetColumn? column = field is DataField { IsArray: false } data ? ParquetColumn.Create(data) : null;
            if (column is null || !fits(column))
            {
                string type = field is DataField plain ? (plain.IsArray ? "a list of " : string.Empty) + plain.ClrType.Name : field.SchemaType.ToString();
                throw FactFileErrors.InSchema(path, role, null, $"the column has type {type}; expected {expected}");
            }

            columns[index] = column;
        }
    }

    private static async Task<ParquetReader> OpenReaderAsync(string path, CancellationToken cancellationToken)
    {
        FileAccessGuard.EnsureExists(path);
        try
        {
            return await ParquetReader.CreateAsync(path, ReaderOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw FactFileErrors.File(path, "the file does not exist", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw FactFileErrors.File(path, "the file cannot be read: access is denied", ex);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            throw FactFileErrors.File(path, $"not a readable Parquet file: {ex.Message}", ex);
        }
    }

    private static T RunSynchronously<T>(Func<Task<T>> work) =>
        Task.Run(work).GetAwaiter().GetResult();

    /// <summary>The per-read row buffers.</summary>
    private sealed class RowState(FactSchema schema)
    {
        public long[] Scaled { get; } = new long[schema.Measures.Length];

        public int[] Codes { get; } = new int[schema.Dimensions.Length];
    }
}
