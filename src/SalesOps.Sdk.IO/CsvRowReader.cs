using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;
using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>
/// Parses the data rows of a CSV fact file (or of one part of it) and writes them to a <see cref="RowSink"/>. A bad
/// row throws <see cref="CsvLineException"/> with its line counted from the start of what the reader reads.
/// </summary>
internal sealed class CsvRowReader
{
    // Cancellation, progress and the stop signal are looked at once per this many rows.
    private const int CheckEvery = 4096;

    private readonly FactColumnMap _map;
    private readonly FactSchema _schema;
    private readonly bool _blankAsZero;
    private readonly int[] _measureColumns;
    private readonly int[] _dimensionColumns;
    private readonly int[] _codeSlots;
    private readonly int _codeCount;
    private readonly bool[] _allowsNegative;
    private readonly bool[] _isFlag;

    /// <summary>A reader that writes every dimension of the file's schema.</summary>
    public CsvRowReader(FactColumnMap map, FactFileOptions options)
        : this(map, options, map.Schema.Dimensions)
    {
    }

    /// <summary>
    /// A reader that writes only <paramref name="keptDimensions"/> (schema dimensions, in the writer's order); the
    /// other dimension cells are still checked.
    /// </summary>
    public CsvRowReader(FactColumnMap map, FactFileOptions options, IReadOnlyList<string> keptDimensions)
    {
        _map = map;
        _schema = map.Schema;
        _blankAsZero = options.TreatBlankAsZero;
        _measureColumns = [.. map.MeasureColumns];
        _dimensionColumns = [.. map.DimensionColumns];
        string[] kept = [.. keptDimensions];
        _codeSlots = [.. _schema.Dimensions.Select(d => Array.IndexOf(kept, d))];
        _codeCount = keptDimensions.Count;
        _allowsNegative = [.. _schema.Measures.Select(m => m.AllowsNegative)];
        _isFlag = [.. _schema.Measures.Select(m => m.IsFlag)];
    }

    /// <summary>
    /// Reads the rows left in <paramref name="reader"/> (the header, if any, already read) to the end, or until
    /// <paramref name="control"/> says this part's result is no longer needed.
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="sink">Where the rows go.</param>
    /// <param name="linesSoFar">The lines already read (1 after a header line, 0 at the start of a part).</param>
    /// <param name="part">The part's index, for <paramref name="control"/>.</param>
    /// <param name="control">Progress and the stop signal of a parallel read; null for a plain read.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The lines read in all, counted the way the line numbers of messages count them.</returns>
    /// <exception cref="CsvLineException">A row is invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    /// <remarks>
    /// Compiled fully optimized at once: the method runs once per part and spends all its time in this loop, so
    /// starting it unoptimized (and with the number parser not inlined) would cost a noticeable share of a read.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long ReadRows(SepReader reader, RowSink sink, long linesSoFar, int part, CsvReadControl? control, CancellationToken cancellationToken)
    {
        ImmutableArray<MeasureDefinition> measures = _schema.Measures;
        int[] measureColumns = _measureColumns;
        int[] dimensionColumns = _dimensionColumns;
        bool[] allowsNegative = _allowsNegative;
        bool[] isFlag = _isFlag;
        int[] codeSlots = _codeSlots;
        Span<int> codes = stackalloc int[_codeCount];
        Span<long> scaled = stackalloc long[measureColumns.Length];
        int columnCount = _map.Names.Length;
        int dateColumn = _map.DateColumnIndex;
        long lines = linesSoFar;
        Span<char> lastDateText = stackalloc char[IsoDate.Length];
        int lastDateLength = 0;
        LocalDate lastDate = default;
        int sinceCheck = 0;

        while (true)
        {
            if (sinceCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (control is not null && control.ShouldStop(part))
                {
                    return lines;
                }
            }

            if (!reader.MoveNext())
            {
                break;
            }

            if (++sinceCheck == CheckEvery)
            {
                control?.AddRows(CheckEvery);
                sinceCheck = 0;
            }

            SepReader.Row row = reader.Current;

            // Sep gives the first row of a reader its end line as its start line; a part's first row starts on line 1.
            long line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            lines = row.LineNumberToExcl - 1;
            if (row.ColCount != columnCount)
            {
                throw CsvLineException.At(
                    line,
                    null,
                    null,
                    row.ColCount == 1 && row.Span.IsWhiteSpace()
                        ? $"the line is blank; expected {columnCount} fields"
                        : $"the line has {row.ColCount} fields but the header has {columnCount}");
            }

            ReadOnlySpan<char> dateText = row[dateColumn].Span;
            if (dateText.IsEmpty)
            {
                throw CsvLineException.BlankAt(line, FactColumnMap.DateColumn, string.Empty, FactFileErrors.BlankDate);
            }

            // Files are often sorted by date: a row with the previous row's date text reuses its date.
            LocalDate date;
            if (dateText.SequenceEqual(lastDateText[..lastDateLength]))
            {
                date = lastDate;
            }
            else
            {
                if (!IsoDate.TryParse(dateText, out date, out string? dateProblem))
                {
                    throw CsvLineException.At(line, FactColumnMap.DateColumn, dateText.ToString(), dateProblem!);
                }

                dateText.CopyTo(lastDateText); // a valid date has exactly IsoDate.Length characters
                lastDateLength = dateText.Length;
                lastDate = date;
            }

            for (int m = 0; m < scaled.Length; m++)
            {
                ReadOnlySpan<char> text = row[measureColumns[m]].Span;
                if (text.IsEmpty)
                {
                    if (!_blankAsZero)
                    {
                        throw CsvLineException.BlankAt(line, measures[m].Id, string.Empty, FactFileErrors.BlankMeasure(measures[m].Id));
                    }

                    scaled[m] = 0;
                    continue;
                }

                FactValueParseStatus status = CsvNumber.TryParseScaled(text, out long value);
                if (status != FactValueParseStatus.Ok)
                {
                    throw CsvLineException.At(line, measures[m].Id, text.ToString(), FactFileErrors.NumberProblem(status, text));
                }

                if ((value < 0 && !allowsNegative[m]) || (isFlag[m] && value != 0 && value != FactValue.Scale))
                {
                    throw CsvLineException.At(line, measures[m].Id, text.ToString(), FactFileErrors.RuleProblem(measures[m], value)!);
                }

                scaled[m] = value;
            }

            for (int d = 0; d < dimensionColumns.Length; d++)
            {
                ReadOnlySpan<char> value = row[dimensionColumns[d]].Span;
                if (value.IsWhiteSpace())
                {
                    throw CsvLineException.BlankAt(line, _schema.Dimensions[d], value.ToString(), FactFileErrors.BlankDimension(_schema.Dimensions[d]));
                }

                int slot = codeSlots[d];
                if (slot >= 0)
                {
                    codes[slot] = sink.EncodeDimension(slot, value);
                }
            }

            try
            {
                sink.Write(date, codes, scaled);
            }
            catch (FactDataException ex)
            {
                throw CsvLineException.At(line, ex.Column, ex.Value, ex.Problem ?? ex.Message, ex);
            }
            catch (OverflowException ex)
            {
                throw CsvLineException.At(line, null, null, "a running total exceeds the exact range of ±922337203685477.5807", ex);
            }
        }

        control?.AddRows(sinceCheck);
        return lines;
    }
}
