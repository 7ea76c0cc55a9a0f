using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using nietras.SeparatedValues;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO;

/// <summary>
/// <see cref="CsvFactSource.Aggregate(ReportingCalendar, PeriodGrain, IProgress{long}?, CancellationToken)"/>: parses
/// the parts of a file (<see cref="CsvParts"/>) on several threads and merges the threads' cubes.
/// </summary>
/// <remarks>
/// <para>There are a few more parts than threads so that a thread slowed down by other work on the machine does not
/// hold up the rest (<see cref="CsvPartQueue"/>); each thread adds the rows of the parts it reads to its own
/// <see cref="FactAggregator"/>. The merged cube does not depend on which thread read which part (merging is exact,
/// associative and commutative).</para>
/// <para>Errors: each part records its first problem with the line counted from the part's start; the parts are then
/// looked at in file order, adding up their lines, and the first problem found is reported with its line in the
/// file. A thread stops at its part's error, and parts after a failed one stop early: their rows no longer matter.</para>
/// <para>The read starts over on one thread, which then finds the answer itself, when the parallel answer could
/// differ from it: a split point after an odd number of double quotes (inside a quoted field), or a running total
/// that leaves the exact range in a part after the first or when merging (the single-threaded read names the line
/// where the running total of the whole file first leaves it; only in the first part, when it is the first part its
/// thread read, are the running totals those of the file).</para>
/// </remarks>
internal sealed class CsvCubeReader(
    CsvFactSource source,
    CsvRowReader rowReader,
    FactSchema cubeSchema,
    FactFileOptions options,
    ReportingCalendar calendar,
    PeriodGrain grain,
    IProgress<long>? progress)
{
    /// <summary>Parts per thread: enough to even out threads that run at different speeds.</summary>
    public const int PartsPerThread = 4;

    private const int TextBufferSize = 1 << 16;

    private readonly CsvReadControl _control = new(progress);

    public FactCube Read(long minPartBytes, CancellationToken cancellationToken)
    {
        FileAccessGuard.EnsureExists(source.Path);
        int threads = options.MaxDegreeOfParallelism;
        if (threads > 1)
        {
            using SafeFileHandle handle = FileAccessGuard.Open(
                source.Path,
                () => File.OpenHandle(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read));
            long[] bounds = FileAccessGuard.Open(
                source.Path,
                () => CsvParts.Plan(handle, RandomAccess.GetLength(handle), checked(threads * PartsPerThread), minPartBytes));
            if (bounds.Length > 2 && TryReadParts(handle, bounds, Math.Min(threads, bounds.Length - 1), cancellationToken) is { } cube)
            {
                return cube;
            }
        }

        return ReadOnOneThread(cancellationToken);
    }

    private FactCube ReadOnOneThread(CancellationToken cancellationToken)
    {
        _control.ResetRows();
        var aggregator = new FactAggregator(cubeSchema, calendar, grain);
        source.ReadRows(aggregator, cubeSchema, rowReader, _control, cancellationToken);
        return aggregator.ToCube();
    }

    /// <summary>The merged cube, or null when the read must start over on one thread.</summary>
    private FactCube? TryReadParts(SafeFileHandle handle, long[] bounds, int threads, CancellationToken cancellationToken)
    {
        int count = bounds.Length - 1;
        var parts = new PartResult[count];
        var cubes = new FactCube?[threads];
        var queue = new CsvPartQueue(count, threads);
        Parallel.For(
            0,
            threads,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            thread =>
            {
                var aggregator = new FactAggregator(cubeSchema, calendar, grain);
                bool first = true;
                while (queue.TryTake(thread, out int part))
                {
                    parts[part] = ReadPart(handle, part, bounds[part], bounds[part + 1], aggregator, first, cancellationToken);
                    first = false;
                    if (parts[part].Error is not null)
                    {
                        return; // the aggregator holds part of a part: the read ends with this error or starts over
                    }
                }

                if (!first && !_control.ShouldStop(count))
                {
                    cubes[thread] = aggregator.ToCube(); // a thread that read no part adds nothing to merge
                }
            });
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
                if ((quotesBefore + part.QuoteCount) % 2 != 0
                    || (part.Error is CsvLineException { IsRunningTotalOverflow: true } && !(i == 0 && part.FirstOfItsThread)))
                {
                    return null; // the part's last row may be cut short, or the running total holds other rows
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

        FactCube? result = null;
        try
        {
            foreach (FactCube? cube in cubes)
            {
                if (cube is not null)
                {
                    result = result is null ? cube : FactCube.Merge(result, cube);
                }
            }
        }
        catch (OverflowException)
        {
            return null; // a total of the whole file leaves the exact range: the one-thread read names the line
        }

        return result ?? FactCube.Empty(cubeSchema, calendar, grain);
    }

    private PartResult ReadPart(
        SafeFileHandle handle,
        int index,
        long start,
        long end,
        FactAggregator aggregator,
        bool firstOfItsThread,
        CancellationToken cancellationToken)
    {
        var stream = new CsvPartStream(handle, start, end);
        try
        {
            long lines;

            // Only the first part can start with a byte order mark (wider ones are never split, see CsvParts).
            using (var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: index == 0, TextBufferSize))
            using (SepReader reader = CsvFactSource.ReaderOptions().From(text))
            {
                lines = index == 0 ? source.CheckHeader(reader) : 0;
                lines = rowReader.ReadRows(reader, new RowSink(aggregator, cubeSchema), lines, index, _control, cancellationToken);
            }

            return new PartResult(lines, stream.QuoteCount, firstOfItsThread, null);
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

            return new PartResult(0, stream.QuoteCount, firstOfItsThread, ex);
        }
    }

    private static Exception Rethrow(Exception error)
    {
        ExceptionDispatchInfo.Throw(error);
        return error;
    }

    private readonly record struct PartResult(long Lines, long QuoteCount, bool FirstOfItsThread, Exception? Error);
}
