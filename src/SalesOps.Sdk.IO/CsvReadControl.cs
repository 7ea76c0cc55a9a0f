namespace SalesOps.Sdk.IO;

/// <summary>
/// Shared by the parts of a parallel CSV read: the running row count for progress, and which part failed first so
/// the parts after it stop (their rows no longer matter: the first error in file order is the one reported).
/// </summary>
internal sealed class CsvReadControl(IProgress<long>? progress)
{
    private long _rows;
    private int _firstFailedPart = int.MaxValue;

    /// <summary>Adds rows read by one part and reports the total.</summary>
    public void AddRows(long count)
    {
        if (count == 0)
        {
            return;
        }

        long total = Interlocked.Add(ref _rows, count);
        progress?.Report(total);
    }

    /// <summary>Starts the count again (a read that starts over).</summary>
    public void ResetRows()
    {
        Interlocked.Exchange(ref _rows, 0);
        progress?.Report(0);
    }

    /// <summary>Records that <paramref name="part"/> failed: the parts after it may stop.</summary>
    public void Failed(int part)
    {
        int current = Volatile.Read(ref _firstFailedPart);
        while (part < current)
        {
            int seen = Interlocked.CompareExchange(ref _firstFailedPart, part, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>Whether a part before <paramref name="part"/> has failed.</summary>
    public bool ShouldStop(int part) => part > Volatile.Read(ref _firstFailedPart);
}
