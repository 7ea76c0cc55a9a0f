namespace SalesOps.Sdk.IO;

/// <summary>
/// Hands out the parts of a parallel CSV read: each thread owns a run of consecutive parts and takes them in file
/// order; a thread that has finished its run takes the last part of the run with the most parts left.
/// </summary>
/// <remarks>
/// Consecutive parts keep each thread's rows together: in a file sorted by date a thread's aggregation state then
/// holds few periods, which keeps the cubes small and their merge cheap. Taking from the end of the longest run
/// evens out threads that run at different speeds.
/// </remarks>
internal sealed class CsvPartQueue
{
    private readonly object _gate = new();
    private readonly int[] _next;
    private readonly int[] _end;

    public CsvPartQueue(int parts, int threads)
    {
        _next = new int[threads];
        _end = new int[threads];
        for (int t = 0; t < threads; t++)
        {
            _next[t] = (int)((long)parts * t / threads);
            _end[t] = (int)((long)parts * (t + 1) / threads);
        }
    }

    /// <summary>The next part for <paramref name="thread"/>; false when every part has been handed out.</summary>
    public bool TryTake(int thread, out int part)
    {
        lock (_gate)
        {
            if (_next[thread] < _end[thread])
            {
                part = _next[thread]++;
                return true;
            }

            int victim = -1;
            int most = 0;
            for (int t = 0; t < _next.Length; t++)
            {
                if (_end[t] - _next[t] > most)
                {
                    most = _end[t] - _next[t];
                    victim = t;
                }
            }

            if (victim < 0)
            {
                part = -1;
                return false;
            }

            part = --_end[victim];
            return true;
        }
    }
}
