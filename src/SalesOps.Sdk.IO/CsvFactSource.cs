using nietras.SeparatedValues;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO;

/// <summary>
/// A comma-separated fact file (DESIGN §5 layout: <c>date</c>, dimension columns, measure columns) streamed row by
/// row into an <see cref="IFactRowWriter"/>; the file is never loaded whole.
/// </summary>
/// <remarks>
/// <para>The first line is the header. Names are case-insensitive and columns may come in any order; unknown
/// columns are ignored and listed in <see cref="IgnoredColumns"/>. Fields may be quoted (RFC 4180). Dates are ISO
/// <c>yyyy-MM-dd</c>; measure values are plain decimal numbers with at most four decimal places, read exactly.</para>
/// <para>A file with a header and no rows is valid and gives an empty cube.</para>
/// <para>Immutable and thread-safe: <see cref="WriteTo"/> opens the file afresh on each call, so several calls may
/// run at once.</para>
/// </remarks>
public sealed class CsvFactSource : IFactRowSource
{
    private const long HeaderLine = 1;

    private readonly FactColumnMap _map;
    private readonly FactFileOptions _options;

    private CsvFactSource(string path, FactColumnMap map, FactFileOptions options)
    {
        Path = path;
        _map = map;
        _options = options;
    }

    /// <summary>The dimensions present (in <see cref="FactFileOptions.Dimensions"/> order) and the measures present (in catalog order).</summary>
    public FactSchema Schema => _map.Schema;

    /// <summary>The header names that are neither <c>date</c>, a dimension nor a measure, in file order; they are not read.</summary>
    public IReadOnlyList<string> IgnoredColumns => _map.IgnoredColumns;

    /// <summary>The path of the file, as given to <see cref="Open"/>.</summary>
    public string Path { get; }

    /// <summary>Opens a CSV fact file: reads and checks its header only.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to read it; <see cref="FactFileOptions.Default"/> when null.</param>
    /// <returns>The source; rows are read by <see cref="WriteTo"/>.</returns>
    /// <exception cref="FactFileException">
    /// The file does not exist or cannot be read, is empty, or its header has no <c>date</c> column, no measure column or a
    /// repeated name.
    /// </exception>
    /// <exception cref="ArgumentException">The options are inconsistent (e.g. a dimension named like a measure).</exception>
    public static CsvFactSource Open(string path, FactFileOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= FactFileOptions.Default;
        FactColumnMap.Validate(options);
        using SepReader reader = OpenReader(path);
        FactColumnMap map = ReadHeader(path, reader, options);
        return new CsvFactSource(path, map, options);
    }

    /// <summary>
    /// Reads every row, in file order on the calling thread, and writes it to <paramref name="writer"/>. A
    /// <see cref="FactAggregator"/> gets the allocation-free path (scaled values, span-encoded dimensions); other
    /// writers get <see cref="IFactRowWriter.WriteRow"/>. To build a cube from a large file on several threads, use
    /// <see cref="Aggregate"/>.
    /// </summary>
    /// <param name="writer">The destination, e.g. a <see cref="FactAggregator"/> of <see cref="Schema"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="FactFileException">
    /// A row is invalid (the message names the line, column and value), or the file changed or cannot be read. Rows
    /// before it were already written: discard the writer.
    /// </exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ReadRows(writer, Schema, new CsvRowReader(_map, _options), null, cancellationToken);
    }

    /// <summary>
    /// Reads the file into a cube, parsing parts of the file in parallel (on up to
    /// <see cref="FactFileOptions.MaxDegreeOfParallelism"/> threads, each into its own aggregation state, merged exactly).
    /// The cube is the one <see cref="WriteTo"/> into a <see cref="FactAggregator"/> gives, to the last digit, and a bad
    /// file gives the same <see cref="FactFileException"/>: the first bad line in file order.
    /// </summary>
    /// <remarks>
    /// <para>The file is split just after line feeds, into parts of at least 4 MB (a few per thread, each thread
    /// taking a run of consecutive parts), so a file under 8 MB is read on one thread. A part boundary that turns out
    /// to fall inside a quoted field (a field with a line break in it) is detected and the file is read again on one
    /// thread. Files that start with a UTF-16 or UTF-32 byte order mark are read on one thread.</para>
    /// <para>Memory grows with the cells of each thread's aggregation state, never with rows.</para>
    /// </remarks>
    /// <param name="calendar">The reporting calendar that assigns dates to periods.</param>
    /// <param name="grain">The period grain of the cube.</param>
    /// <param name="progress">Told the number of rows read so far, now and then (from any thread); optional.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The cube of every row of the file.</returns>
    /// <exception cref="FactFileException">
    /// A row is invalid (the message names the line, column and value), or the file changed or cannot be read.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grain"/> is not a defined grain.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public FactCube Aggregate(
        ReportingCalendar calendar,
        PeriodGrain grain,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default) =>
        AggregateInParts(calendar, grain, Schema.Dimensions, progress, CsvParts.DefaultMinPartBytes, cancellationToken);

    /// <summary>
    /// Reads the file into a cube keyed by only some of its dimensions, e.g. none for one total per period: what
    /// <see cref="Aggregate"/> followed by <see cref="FactCube.RollUp"/> gives, cell for cell and to the last digit,
    /// without building the finer cells first, which makes the read much cheaper. The other dimension columns are
    /// still checked (a blank value is an error, as in <see cref="Aggregate"/>) but not kept.
    /// </summary>
    /// <remarks>
    /// The cube's <see cref="FactCube.Schema"/> has only <paramref name="dimensions"/> (a rolled-up cube keeps the
    /// file's schema and lists the kept dimensions in <see cref="FactCube.Dimensions"/>). Reads in parallel like
    /// <see cref="Aggregate"/>.
    /// </remarks>
    /// <param name="calendar">The reporting calendar that assigns dates to periods.</param>
    /// <param name="grain">The period grain of the cube.</param>
    /// <param name="dimensions">The dimensions to keep, each one of the <see cref="Schema"/>'s, in the order wanted; empty for totals.</param>
    /// <param name="progress">Told the number of rows read so far, now and then (from any thread); optional.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The cube of every row of the file, keyed by <paramref name="dimensions"/>.</returns>
    /// <exception cref="FactFileException">
    /// A row is invalid (the message names the line, column and value), or the file changed or cannot be read.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentException">A dimension is not one of the file's, or is named twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grain"/> is not a defined grain.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public FactCube AggregateRolledUp(
        ReportingCalendar calendar,
        PeriodGrain grain,
        IReadOnlyList<string> dimensions,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return AggregateInParts(calendar, grain, dimensions, progress, CsvParts.DefaultMinPartBytes, cancellationToken);
    }

    /// <summary><see cref="AggregateRolledUp"/> with a chosen smallest part (tests use tiny parts).</summary>
    internal FactCube AggregateInParts(ReportingCalendar calendar, PeriodGrain grain, long minPartBytes, CancellationToken cancellationToken) =>
        AggregateInParts(calendar, grain, Schema.Dimensions, null, minPartBytes, cancellationToken);

    /// <summary><see cref="AggregateRolledUp"/> with a chosen smallest part (tests use tiny parts).</summary>
    internal FactCube AggregateInParts(
        ReportingCalendar calendar,
        PeriodGrain grain,
        IReadOnlyList<string> dimensions,
        IProgress<long>? progress,
        long minPartBytes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(minPartBytes, 1);
        if (!Enum.IsDefined(grain))
        {
            throw new ArgumentOutOfRangeException(nameof(grain), grain, "Not a defined PeriodGrain.");
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (string dimension in dimensions)
        {
            if (!Schema.Dimensions.Contains(dimension, StringComparer.Ordinal))
            {
                throw new ArgumentException(
                    $"'{dimension}' is not a dimension of {FactFileErrors.Name(Path)}; its dimensions are [{string.Join(", ", Schema.Dimensions)}].",
                    nameof(dimensions));
            }

            if (!kept.Add(dimension))
            {
                throw new ArgumentException($"Dimension '{dimension}' is named more than once.", nameof(dimensions));
            }
        }

        var cubeSchema = dimensions.SequenceEqual(Schema.Dimensions, StringComparer.Ordinal) ? Schema : new FactSchema(dimensions, Schema.Measures);
        var rowReader = new CsvRowReader(_map, _options, dimensions);
        return new CsvCubeReader(this, rowReader, cubeSchema, _options, calendar, grain, progress).Read(minPartBytes, cancellationToken);
    }

    /// <summary>The single-threaded read into <paramref name="writer"/> of schema <paramref name="writerSchema"/>, with progress for a parallel read that starts over.</summary>
    internal void ReadRows(IFactRowWriter writer, FactSchema writerSchema, CsvRowReader rowReader, CsvReadControl? control, CancellationToken cancellationToken)
    {
        var sink = new RowSink(writer, writerSchema);
        using SepReader reader = OpenReader(Path);
        long lines = CheckHeader(reader);
        try
        {
            rowReader.ReadRows(reader, sink, lines, 0, control, cancellationToken);
        }
        catch (CsvLineException ex)
        {
            throw ex.ToFactFileException(Path, 0);
        }
        catch (IOException ex)
        {
            throw CannotRead(Path, ex);
        }
    }

    /// <summary>Reads the header line again and checks it is the one <see cref="Open"/> read; returns the lines it took.</summary>
    internal long CheckHeader(SepReader reader)
    {
        FactColumnMap map = ReadHeader(Path, reader, _options);
        if (!map.Names.SequenceEqual(_map.Names, StringComparer.Ordinal))
        {
            throw FactFileErrors.AtLine(Path, HeaderLine, null, null, "the header changed since the file was opened");
        }

        return reader.Current.LineNumberToExcl - 1;
    }

    /// <summary>The exception for a file that fails to read.</summary>
    internal static FactFileException CannotRead(string path, IOException ex) => FactFileErrors.File(path, $"the file cannot be read: {ex.Message}", ex);

    /// <summary>The options of the CSV reader: comma-separated, quoted fields unescaped, every row as it is.</summary>
    internal static SepReaderOptions ReaderOptions() => Sep.Reader(o => o with
    {
        Sep = new Sep(','),
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = true,
        CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
    });

    /// <summary>The file name and schema.</summary>
    public override string ToString() => $"{FactFileErrors.Name(Path)}: {Schema}";

    private static SepReader OpenReader(string path)
    {
        FileAccessGuard.EnsureExists(path);
        return FileAccessGuard.Open(path, () => ReaderOptions().FromFile(path));
    }

    private static FactColumnMap ReadHeader(string path, SepReader reader, FactFileOptions options)
    {
        if (!MoveNext(path, reader))
        {
            throw FactFileErrors.File(path, "the file is empty; expected a header line naming the columns (date, dimensions, measures)");
        }

        SepReader.Row header = reader.Current;
        string[] names = new string[header.ColCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = header[i].ToString();
        }

        return FactColumnMap.Build(names, options, (column, value, problem) => FactFileErrors.AtLine(path, HeaderLine, column, value, problem));
    }

    private static bool MoveNext(string path, SepReader reader)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (IOException ex)
        {
            throw CannotRead(path, ex);
        }
    }
}
