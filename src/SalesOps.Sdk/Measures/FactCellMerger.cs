using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>Combines the aggregation state of cells of the same period: the merge behind roll-ups and cube merges.</summary>
internal static class FactCellMerger
{
    /// <summary>Merges two cells of the same period into one for <paramref name="segment"/>, its state from <paramref name="arena"/>.</summary>
    public static FactCell Merge(FactCell a, FactCell b, Segment segment, CellStateArena arena)
    {
        CubeLayout layout = a.Layout;
        (long[] array, int offset) = arena.Allocate();
        Span<long> state = array.AsSpan(offset, layout.StateLength);
        ReadOnlySpan<long> left = a.State;
        ReadOnlySpan<long> right = b.State;
        for (int i = 0; i < layout.DateWords; i++)
        {
            state[i] = left[i] | right[i];
        }

        AddInto(state, left, right, layout.SumsOffset, layout.MeasureCount);
        int firstDay = Pick(state, left, right, a.FirstDay, b.FirstDay, layout.FirstStocksOffset, layout.StockMeasures.Length, earliest: true);
        int lastDay = Pick(state, left, right, a.LastDay, b.LastDay, layout.LastStocksOffset, layout.StockMeasures.Length, earliest: false);
        AddInto(state, left, right, layout.DailyOffset, layout.DailyLength);
        return new FactCell(layout, a.Period, segment, array, offset, firstDay, lastDay);
    }

    /// <summary>
    /// Merges cells of the same period into one for <paramref name="segment"/> in one pass: the same state as merging
    /// them pairwise with <see cref="Merge"/>. One cell is relabelled, sharing its state.
    /// </summary>
    public static FactCell MergeAll(ReadOnlySpan<FactCell> cells, Segment segment, CellStateArena arena)
    {
        FactCell head = cells[0];
        if (cells.Length == 1)
        {
            return Relabel(head, segment);
        }

        CubeLayout layout = head.Layout;
        (long[] array, int offset) = arena.Allocate();
        Span<long> state = array.AsSpan(offset, layout.StateLength);
        int w = layout.DateWords;
        Span<long> sums = state.Slice(layout.SumsOffset, layout.MeasureCount);
        Span<long> daily = state.Slice(layout.DailyOffset, layout.DailyLength);
        int firstDay = int.MaxValue;
        int lastDay = int.MinValue;
        foreach (FactCell cell in cells)
        {
            ReadOnlySpan<long> source = cell.State;
            for (int i = 0; i < w; i++)
            {
                state[i] |= source[i];
            }

            ReadOnlySpan<long> cellSums = source.Slice(layout.SumsOffset, sums.Length);
            for (int i = 0; i < sums.Length; i++)
            {
                sums[i] = checked(sums[i] + cellSums[i]);
            }

            ReadOnlySpan<long> cellDaily = source.Slice(layout.DailyOffset, daily.Length);
            for (int i = 0; i < daily.Length; i++)
            {
                daily[i] = checked(daily[i] + cellDaily[i]);
            }

            firstDay = Math.Min(firstDay, cell.FirstDay);
            lastDay = Math.Max(lastDay, cell.LastDay);
        }

        int s = layout.StockMeasures.Length;
        if (s > 0)
        {
            Span<long> first = state.Slice(layout.FirstStocksOffset, s);
            Span<long> last = state.Slice(layout.LastStocksOffset, s);
            foreach (FactCell cell in cells)
            {
                if (cell.FirstDay == firstDay)
                {
                    ReadOnlySpan<long> cellFirst = cell.FirstStocks;
                    for (int i = 0; i < s; i++)
                    {
                        first[i] = checked(first[i] + cellFirst[i]);
                    }
                }

                if (cell.LastDay == lastDay)
                {
                    ReadOnlySpan<long> cellLast = cell.LastStocks;
                    for (int i = 0; i < s; i++)
                    {
                        last[i] = checked(last[i] + cellLast[i]);
                    }
                }
            }
        }

        return new FactCell(layout, head.Period, segment, array, offset, firstDay, lastDay);
    }

    /// <summary>The same state relabelled with another segment (the state is shared: cells are immutable).</summary>
    public static FactCell Relabel(FactCell cell, Segment segment) =>
        ReferenceEquals(cell.Segment, segment) ? cell : cell.WithSegment(segment);

    private static void AddInto(Span<long> state, ReadOnlySpan<long> left, ReadOnlySpan<long> right, int offset, int length)
    {
        for (int i = offset; i < offset + length; i++)
        {
            state[i] = checked(left[i] + right[i]);
        }
    }

    private static int Pick(Span<long> state, ReadOnlySpan<long> left, ReadOnlySpan<long> right, int dayA, int dayB, int offset, int length, bool earliest)
    {
        if (dayA == dayB)
        {
            AddInto(state, left, right, offset, length);
            return dayA;
        }

        bool takeA = earliest ? dayA < dayB : dayA > dayB;
        (takeA ? left : right).Slice(offset, length).CopyTo(state.Slice(offset, length));
        return takeA ? dayA : dayB;
    }

    /// <summary>Whether two periods are the same period (for merging).</summary>
    public static bool SamePeriod(ReportingPeriod a, ReportingPeriod b) => a.Equals(b);
}
