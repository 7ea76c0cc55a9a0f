using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>Combines the aggregation state of cells of the same period: the merge behind roll-ups and cube merges.</summary>
internal static class FactCellMerger
{
    /// <summary>Merges two cells of the same period into one for <paramref name="segment"/>.</summary>
    public static FactCell Merge(FactCell a, FactCell b, Segment segment)
    {
        CubeLayout layout = a.Layout;
        int m = layout.MeasureCount;
        var sums = new long[m];
        for (int i = 0; i < m; i++)
        {
            sums[i] = checked(a.Sums[i] + b.Sums[i]);
        }

        var bits = new ulong[a.DateBits.Length];
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = a.DateBits[i] | b.DateBits[i];
        }

        (int firstDay, long[] firstSums) = Pick(a.FirstDay, a.FirstSums, b.FirstDay, b.FirstSums, earliest: true);
        (int lastDay, long[] lastSums) = Pick(a.LastDay, a.LastSums, b.LastDay, b.LastSums, earliest: false);

        long[]? daily = null;
        if (a.Daily is not null || b.Daily is not null)
        {
            daily = new long[layout.MinMaxMeasures.Length * layout.MaxDaysPerPeriod];
            for (int i = 0; i < daily.Length; i++)
            {
                daily[i] = checked((a.Daily?[i] ?? 0) + (b.Daily?[i] ?? 0));
            }
        }

        return new FactCell(layout, a.Period, segment, sums, bits, firstDay, lastDay, firstSums, lastSums, daily);
    }

    /// <summary>
    /// Merges cells of the same period into one for <paramref name="segment"/> in one pass: the same state as merging
    /// them pairwise with <see cref="Merge"/>, with one set of arrays.
    /// </summary>
    public static FactCell MergeAll(List<FactCell> cells, Segment segment)
    {
        FactCell head = cells[0];
        if (cells.Count == 1)
        {
            return Relabel(head, segment);
        }

        CubeLayout layout = head.Layout;
        var sums = new long[layout.MeasureCount];
        var bits = new ulong[head.DateBits.Length];
        int firstDay = int.MaxValue;
        int lastDay = int.MinValue;
        bool anyDaily = false;
        foreach (FactCell cell in cells)
        {
            for (int i = 0; i < sums.Length; i++)
            {
                sums[i] = checked(sums[i] + cell.Sums[i]);
            }

            for (int i = 0; i < bits.Length; i++)
            {
                bits[i] |= cell.DateBits[i];
            }

            firstDay = Math.Min(firstDay, cell.FirstDay);
            lastDay = Math.Max(lastDay, cell.LastDay);
            anyDaily |= cell.Daily is not null;
        }

        var firstSums = new long[head.FirstSums.Length];
        var lastSums = new long[head.LastSums.Length];
        long[]? daily = anyDaily ? new long[layout.MinMaxMeasures.Length * layout.MaxDaysPerPeriod] : null;
        foreach (FactCell cell in cells)
        {
            if (cell.FirstDay == firstDay)
            {
                for (int i = 0; i < firstSums.Length; i++)
                {
                    firstSums[i] = checked(firstSums[i] + cell.FirstSums[i]);
                }
            }

            if (cell.LastDay == lastDay)
            {
                for (int i = 0; i < lastSums.Length; i++)
                {
                    lastSums[i] = checked(lastSums[i] + cell.LastSums[i]);
                }
            }

            if (daily is not null && cell.Daily is { } cellDaily)
            {
                for (int i = 0; i < daily.Length; i++)
                {
                    daily[i] = checked(daily[i] + cellDaily[i]);
                }
            }
        }

        return new FactCell(layout, head.Period, segment, sums, bits, firstDay, lastDay, firstSums, lastSums, daily);
    }

    /// <summary>The same state relabelled with another segment.</summary>
    public static FactCell Relabel(FactCell cell, Segment segment) =>
        new(cell.Layout, cell.Period, segment, cell.Sums, cell.DateBits, cell.FirstDay, cell.LastDay, cell.FirstSums, cell.LastSums, cell.Daily);

    private static (int Day, long[] Sums) Pick(int dayA, long[] sumsA, int dayB, long[] sumsB, bool earliest)
    {
        if (dayA == dayB)
        {
            var sums = new long[sumsA.Length];
            for (int i = 0; i < sums.Length; i++)
            {
                sums[i] = checked(sumsA[i] + sumsB[i]);
            }

            return (dayA, sums);
        }

        bool takeA = earliest ? dayA < dayB : dayA > dayB;
        return takeA ? (dayA, sumsA) : (dayB, sumsB);
    }

    /// <summary>Whether two periods are the same period (for merging).</summary>
    public static bool SamePeriod(ReportingPeriod a, ReportingPeriod b) => a.Equals(b);
}
