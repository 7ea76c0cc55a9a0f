using System.Collections.Immutable;
using nietras.SeparatedValues;
using NodaTime;
using SalesOps.Sdk.Measures;

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
    /// Reads every row and writes it to <paramref name="writer"/>. A <see cref="FactAggregator"/> gets the
    /// allocation-free path (scaled values, span-encoded dimensions); other writers get <see cref="IFactRowWriter.WriteRow"/>.
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
        var sink = new RowSink(writer, Schema);
        using SepReader reader = OpenReader(Path);
        FactColumnMap map = ReadHeader(Path, reader, _options);
        if (!map.Names.SequenceEqual(_map.Names, StringComparer.Ordinal))
        {
            throw FactFileErrors.AtLine(Path, HeaderLine, null, null, "the header changed since the file was opened");
        }

        ImmutableArray<MeasureDefinition> measures = Schema.Measures;
        Span<int> codes = stackalloc int[_map.DimensionColumns.Length];
        long[] scaled = new long[measures.Length];
        int columnCount = _map.Names.Length;
        bool blankAsZero = _options.TreatBlankAsZero;

        while (MoveNext(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SepReader.Row row = reader.Current;
            long line = row.LineNumberFrom;
            if (row.ColCount != columnCount)
            {
                throw FactFileErrors.AtLine(
                    Path,
                    line,
                    null,
                    null,
                    row.ColCount == 1 && row.Span.IsWhiteSpace()
                        ? $"the line is blank; expected {columnCount} fields"
                        : $"the line has {row.ColCount} fields but the header has {columnCount}");
            }

            ReadOnlySpan<char> dateText = row[_map.DateColumnIndex].Span;
            if (dateText.IsEmpty)
            {
                throw FactFileErrors.BlankAtLine(Path, line, FactColumnMap.DateColumn, string.Empty, FactFileErrors.BlankDate);
            }

            if (!IsoDate.TryParse(dateText, out LocalDate date, out string? dateProblem))
            {
                throw FactFileErrors.AtLine(Path, line, FactColumnMap.DateColumn, dateText.ToString(), dateProblem!);
            }

            for (int m = 0; m < scaled.Length; m++)
            {
                ReadOnlySpan<char> text = row[_map.MeasureColumns[m]].Span;
                if (text.IsEmpty)
                {
                    if (!blankAsZero)
                    {
                        throw FactFileErrors.BlankAtLine(Path, line, measures[m].Id, string.Empty, FactFileErrors.BlankMeasure(measures[m].Id));
                    }

                    scaled[m] = 0;
                    continue;
                }

                FactValueParseStatus status = TryParse(text, out scaled[m]);
                if (status != FactValueParseStatus.Ok)
                {
                    throw FactFileErrors.AtLine(Path, line, measures[m].Id, text.ToString(), FactFileErrors.NumberProblem(status, text));
                }

                if (FactFileErrors.RuleProblem(measures[m], scaled[m]) is { } problem)
                {
                    throw FactFileErrors.AtLine(Path, line, measures[m].Id, text.ToString(), problem);
                }
            }

            for (int d = 0; d < codes.Length; d++)
            {
                ReadOnlySpan<char> value = row[_map.DimensionColumns[d]].Span;
                if (value.IsWhiteSpace())
                {
                    throw FactFileErrors.BlankAtLine(Path, line, Schema.Dimensions[d], value.ToString(), FactFileErrors.BlankDimension(Schema.Dimensions[d]));
                }

                codes[d] = sink.EncodeDimension(d, value);
            }

            try
            {
                sink.Write(date, codes, scaled);
            }
            catch (FactDataException ex)
            {
                throw FactFileErrors.AtLine(Path, line, ex.Column, ex.Value, ex.Problem ?? ex.Message, ex);
            }
            catch (OverflowException ex)
            {
                throw FactFileErrors.AtLine(Path, line, null, null, "a running total exceeds the exact range of ±922337203685477.5807", ex);
            }
        }
    }

    /// <summary>The file name and schema.</summary>
    public override string ToString() => $"{FactFileErrors.Name(Path)}: {Schema}";

    private static FactValueParseStatus TryParse(ReadOnlySpan<char> text, out long scaled)
    {
        try
        {
            return FactValue.TryParseScaled(text, out scaled);
        }
        catch (OverflowException)
        {
            // The largest integer part with a large fraction can overflow inside the parser.
            scaled = 0;
            return FactValueParseStatus.Overflow;
        }
    }

    private static SepReader OpenReader(string path)
    {
        FileAccessGuard.EnsureExists(path);
        return FileAccessGuard.Open(path, () => Sep.Reader(o => o with
        {
            Sep = new Sep(','),
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
        }).FromFile(path));
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

    private bool MoveNext(SepReader reader) => MoveNext(Path, reader);

    private static bool MoveNext(string path, SepReader reader)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (IOException ex)
        {
            throw FactFileErrors.File(path, $"the file cannot be read: {ex.Message}", ex);
        }
    }
}
