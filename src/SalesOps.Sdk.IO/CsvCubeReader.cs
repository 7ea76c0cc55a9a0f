using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using nietras.SeparatedValues;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO;

/// <summary>
/// <see cref="CsvFactSource.Aggregate(ReportingCalendar, PeriodGrain, IProgress{long}?, CancellationToken)"/>: parses
/// the parts of a file (<see cref="CsvParts"/>) on several threads, each into its own <see cref="FactAggregator"/>,
/// and merges their cubes in file order.
/// </summary>
/// <remarks>
/// <para>Errors: each part records its first problem with the line counted from the part's start; the parts are then
/// looked at in file order, adding up their lines, and the first problem found is reported with its line in the
/// file. A part after a failed one stops early: its rows no longer matter.</para>
/// <para>The read starts over on one thread, which then finds the answer itself, when the parallel answer could
/// differ from it: a split point after an odd number of double quotes (inside a quoted field), or a running total
/// that leaves the exact range in a part after the first or when merging (the single-threaded read names the line
/// where the running total of the whole file first leaves it).</para>
/// </remarks>
internal sealed class CsvCubeReader(
    CsvFactSource source,
    FactColumnMap map,
    FactFileOptions options,
    ReportingCalendar calendar,
    PeriodGrain grain,
    IProgress<long>? progress)
{
    private const int TextBufferSize = 1 << 16;

    private readonly CsvReadControl _control = new(progress);

    public FactCube Read(long minPartBytes, CancellationToken cancellationToken)
    {
        long[] bounds;
        FileAccessGuard.EnsureExists(source.Path);
        using (SafeFileHandle handle = FileAccessGuard.Open(source.Path, () => File.OpenHandle(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read)))
        {
            bounds = FileAccessGuard.Open(
                source.Path,
                () => CsvParts.Plan(handle, RandomAccess.GetLength(handle), options.MaxDegreeOfParallelism, minPartBytes));
            if (bounds.Length > 2 && TryReadParts(handle, bounds, cancellationToken) is { } cube)
            {
                return cube;
            }
        }

        return ReadOnOneThread(cancellationToken);
    }

    private FactCube ReadOnOneThread(CancellationToken cancellationToken)
    {
        _control.ResetRows();
        var aggregator = new FactAggregator(source.Schema, calendar, grain);
        source.ReadRows(aggregator, _control, cancellationToken);
        return aggregator.ToCube();
    }

    /// <summary>The merged cube, or null when the read must start over on one thread.</summary>
    private FactCube? TryReadParts(SafeFileHandle handle, long[] bounds, CancellationToken cancellationToken)
    {
        int count = bounds.Length - 1;
        var parts = new PartResult[count];
        Parallel.For(
            0,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = count },
            i => parts[i] = ReadPart(handle, i, bounds[i], bounds[i + 1], cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();

        long linesBefore = 0;
        long quotesBefore = 0;
        for (int i = 0; i < count; i++)
        {
            PartResult part = parts[i];
            if (quotesBefore % 2 != 0)
            {
                return null; // the split point before this part is inside a quoted field
            }

            if (part.Error is not null)
            {
                if ((quotesBefore + part.QuoteCount) % 2 != 0 || (part.Error is CsvLineException { IsRunningTotalOverflow: true } && i > 0))
                {
                    return null; // the part's last row may be cut short, or the line depends on the rows before
                }

                throw part.Error switch
                {
                    CsvLineException line => line.ToFactFileException(source.Path, linesBefore),
                    IOException io => CsvFactSource.CannotRead(source.Path, io),
                    _ => Rethrow(part.Error),
                };
            }

            linesBefore += part.Lines;
            quotesBefore += part.QuoteCount;
        }

        FactCube result = parts[0].Cube!;
        try
        {
            for (int i = 1; i < count; i++)
            {
                result = FactCube.Merge(result, parts[i].Cube!);
            }
        }
        catch (OverflowException)
        {
            return null; // a total of the whole file leaves the exact range: the one-thread read names the line
        }

        return result;
    }

    private PartResult ReadPart(SafeFileHandle handle, int index, long start, long end, CancellationToken cancellationToken)
    {
        var stream = new CsvPartStream(handle, start, end);
        try
        {
            var aggregator = new FactAggregator(source.Schema, calendar, grain);
            long lines;

            // Only the first part can start with a byte order mark (wider ones are never split, see CsvParts).
            using (var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: index == 0, TextBufferSize))
            using (SepReader reader = CsvFactSource.ReaderOptions().From(text))
            {
                lines = index == 0 ? source.CheckHeader(reader) : 0;
                lines = new CsvRowReader(map, options).ReadRows(reader, new RowSink(aggregator, source.Schema), lines, index, _control, cancellationToken);
            }

            return new PartResult(_control.ShouldStop(index) ? null : aggregator.ToCube(), lines, stream.QuoteCount, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _control.Failed(index);
            if (ex is not OperationCanceledException)
            {
                try
                {
                    stream.CountToEnd();
                }
                catch (IOException)
                {
                    // The error is reported as it is; the count only matters when the file can be read.
                }
            }

            return new PartResult(null, 0, stream.QuoteCount, ex);
        }
    }

    private static Exception Rethrow(Exception error)
    {
        ExceptionDispatchInfo.Throw(error);
        return error;
    }

    private readonly record struct PartResult(FactCube? Cube, long Lines, long QuoteCount, Exception? Error);
}
