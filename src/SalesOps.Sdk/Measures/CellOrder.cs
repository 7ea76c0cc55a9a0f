using System.Runtime.CompilerServices;

namespace SalesOps.Sdk.Measures;

/// <summary>Orders the cells of a cube by period, then segment, from their integer ranks: no key comparisons.</summary>
internal static class CellOrder
{
    /// <summary>
    /// The permutation that puts cells in (period rank, segment rank) order. When the grid of all pairs is not much
    /// larger than the cells (the usual case: most segments have rows in most periods) the cells are placed straight
    /// into it; otherwise their pairs are sorted as integers.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two cells have the same period and segment.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    public static int[] ByPeriodThenSegment(ReadOnlySpan<int> periodRank, ReadOnlySpan<int> segmentRank, int periodCount, int segmentCount)
    {
        int n = periodRank.Length;
        int[] order = new int[n];
        long space = (long)periodCount * segmentCount;
        if (space <= (4L * n) + 1024)
        {
            int[] grid = new int[space]; // cell index + 1; 0 for an empty pair
            for (int c = 0; c < n; c++)
            {
                ref int slot = ref grid[((long)periodRank[c] * segmentCount) + segmentRank[c]];
                if (slot != 0)
                {
                    throw Repeated();
                }

                slot = c + 1;
            }

            int k = 0;
            foreach (int entry in grid)
            {
                if (entry != 0)
                {
                    order[k++] = entry - 1;
                }
            }

            return order;
        }

        long[] keys = new long[n];
        for (int c = 0; c < n; c++)
        {
            keys[c] = ((long)periodRank[c] * segmentCount) + segmentRank[c];
            order[c] = c;
        }

        Array.Sort(keys, order);
        for (int k = 1; k < n; k++)
        {
            if (keys[k] == keys[k - 1])
            {
                throw Repeated();
            }
        }

        return order;
    }

    private static InvalidOperationException Repeated() => new("Two cells have the same period and segment.");
}
