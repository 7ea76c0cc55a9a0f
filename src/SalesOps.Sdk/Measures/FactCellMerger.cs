using System.Runtime.CompilerServices;

namespace SalesOps.Sdk.Measures;

/// <summary>Combines the aggregation state of cells of the same period: the merge behind roll-ups and cube merges.</summary>
internal static class FactCellMerger
{
    /// <summary>Merges the states of two cells of the same period into a new block from <paramref name="arena"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per merged cell: optimised from the first call
    public static CellState Merge(CubeLayout layout, CellState a, CellState b, CellStateArena arena)
    {
        (long[] array, int offset) = arena.Allocate();
        Span<long> state = array.AsSpan(offset, layout.StateLength);
        ReadOnlySpan<long> left = a.Span(layout);
        ReadOnlySpan<long> right = b.Span(layout);
        for (int i = 0; i < layout.DateWords; i++)
        {
            state[i] = left[i] | right[i];
        }

        AddInto(state, left, right, layout.SumsOffset, layout.MeasureCount);
        int firstDay = Pick(state, left, right, a.FirstDay, b.FirstDay, layout.FirstStocksOffset, layout.StockMeasures.Length, earliest: true);
        int lastDay = Pick(state, left, right, a.LastDay, b.LastDay, layout.LastStocksOffset, layout.StockMeasures.Length, earliest: false);
        AddInto(state, left, right, layout.DailyOffset, layout.DailyLength);
        return new CellState(array, offset, firstDay, lastDay);
    }

    /// <summary>
    /// Merges the states of cells of the same period in one pass: the same state as merging them pairwise with
    /// <see cref="Merge"/>. A single cell's state is kept as it is (shared: states are never written).
    /// </summary>
    /// <param name="layout">The layout of the states.</param>
    /// <param name="states">The states of a cube's cells.</param>
    /// <param name="members">The indexes in <paramref name="states"/> of the cells to merge.</param>
    /// <param name="arena">Where the merged state goes.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per merged cell: optimised from the first call
    public static CellState MergeAll(CubeLayout layout, CellState[] states, ReadOnlySpan<int> members, CellStateArena arena)
    {
        if (members.Length == 1)
        {
            return states[members[0]];
        }

        (long[] array, int offset) = arena.Allocate();
        Span<long> state = array.AsSpan(offset, layout.StateLength);
        int w = layout.DateWords;
        Span<long> sums = state.Slice(layout.SumsOffset, layout.MeasureCount);
        Span<long> daily = state.Slice(layout.DailyOffset, layout.DailyLength);
        int firstDay = int.MaxValue;
        int lastDay = int.MinValue;
        foreach (int member in members)
        {
            CellState cell = states[member];
            ReadOnlySpan<long> source = cell.Span(layout);
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
            foreach (int member in members)
            {
                CellState cell = states[member];
                ReadOnlySpan<long> source = cell.Span(layout);
                if (cell.FirstDay == firstDay)
                {
                    ReadOnlySpan<long> cellFirst = source.Slice(layout.FirstStocksOffset, s);
                    for (int i = 0; i < s; i++)
                    {
                        first[i] = checked(first[i] + cellFirst[i]);
                    }
                }

                if (cell.LastDay == lastDay)
                {
                    ReadOnlySpan<long> cellLast = source.Slice(layout.LastStocksOffset, s);
                    for (int i = 0; i < s; i++)
                    {
                        last[i] = checked(last[i] + cellLast[i]);
                    }
                }
            }
        }

        return new CellState(array, offset, firstDay, lastDay);
    }

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
}
