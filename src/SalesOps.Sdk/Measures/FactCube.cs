using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// Aggregated facts keyed by reporting period × segment: what the metric engine, scorecards and diagnosis read.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Build one with <see cref="FactAggregator"/> or <see cref="FactAggregation"/>.</para>
/// <para>Cubes form a commutative monoid under <see cref="Merge"/> with <see cref="Empty"/> as identity: partitions
/// aggregated on different threads or machines merge into exactly the cube of all their rows.</para>
/// </remarks>
public sealed class FactCube : IEquatable<FactCube>
{
    private readonly CubeLayout _layout;
    private readonly ImmutableArray<string> _dimensions;
    private readonly int[] _periodIndexOfCell;
    private readonly int[] _segmentIndexOfCell;

    // The cells as their states; the FactCell objects are made on the first read of Cells (building, merging, rolling
    // up and evaluating a cube need only the states).
    private readonly CellState[] _states;
    private FactCell[]? _cells;

    // The cells of period p are Cells[_periodCellStart[p] .. _periodCellStart[p + 1]), in segment order.
    private readonly int[] _periodCellStart;

    // The lookups are built on first use: evaluating metrics only walks the states, Periods and Segments.
    private readonly Lazy<Dictionary<ReportingPeriod, int>> _periodIndex;
    private readonly Lazy<Dictionary<Segment, int>> _segmentIndex;
    private readonly Lazy<ImmutableArray<FactCell>[]> _cellsOfPeriod;

    /// <summary>A cube from cells (as their states) already in order, with the index of each cell's period and segment.</summary>
    /// <param name="layout">The measures' layout.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="grain">The period grain.</param>
    /// <param name="dimensions">The cells' dimensions (kept for a cube without cells).</param>
    /// <param name="states">The cells by period start, then by segment (<see cref="Segment.Comparer"/>); not copied.</param>
    /// <param name="periods">The distinct periods of the cells, by start.</param>
    /// <param name="segments">The distinct segments of the cells, by <see cref="Segment.Comparer"/>.</param>
    /// <param name="periodIndexOfCell">For each cell, the index of its period in <paramref name="periods"/>.</param>
    /// <param name="segmentIndexOfCell">For each cell, the index of its segment in <paramref name="segments"/>.</param>
    private FactCube(
        CubeLayout layout,
        ReportingCalendar calendar,
        PeriodGrain grain,
        ImmutableArray<string> dimensions,
        CellState[] states,
        ReportingPeriod[] periods,
        Segment[] segments,
        int[] periodIndexOfCell,
        int[] segmentIndexOfCell)
    {
        _layout = layout;
        _dimensions = dimensions;
        Calendar = calendar;
        Grain = grain;
        _states = states;
        Periods = ImmutableCollectionsMarshal.AsImmutableArray(periods);
        Segments = ImmutableCollectionsMarshal.AsImmutableArray(segments);
        _periodIndexOfCell = periodIndexOfCell;
        _segmentIndexOfCell = segmentIndexOfCell;
        _periodCellStart = new int[periods.Length + 1];
        foreach (int p in periodIndexOfCell)
        {
            _periodCellStart[p + 1]++;
        }

        for (int p = 0; p < periods.Length; p++)
        {
            _periodCellStart[p + 1] += _periodCellStart[p];
        }

        _periodIndex = new(() => IndexOf(Periods));
        _segmentIndex = new(() => IndexOf(Segments));
        _cellsOfPeriod = new(() =>
        {
            var byPeriod = new ImmutableArray<FactCell>[Periods.Length];
            for (int p = 0; p < byPeriod.Length; p++)
            {
                byPeriod[p] = Cells.Slice(_periodCellStart[p], _periodCellStart[p + 1] - _periodCellStart[p]);
            }

            return byPeriod;
        });
    }

    /// <summary>The schema of the facts that went in.</summary>
    public FactSchema Schema => _layout.Schema;

    /// <summary>The measures the cube carries: the schema's plus the derived <c>row_count</c> and, when forecast and sales are present, <c>forecast_abs_error</c>.</summary>
    public ImmutableArray<MeasureDefinition> Measures => _layout.Measures;

    /// <summary>The segment dimensions of the cells (a subset of the schema's after <see cref="RollUp"/>).</summary>
    public ImmutableArray<string> Dimensions => Segments.Length > 0 ? Segments[0].Dimensions : _dimensions;

    /// <summary>The reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The period grain.</summary>
    public PeriodGrain Grain { get; }

    /// <summary>The periods that have at least one row, in date order.</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    /// <summary>The segments that have at least one row, ordered by their values.</summary>
    public ImmutableArray<Segment> Segments { get; }

    /// <summary>Every cell, by period then segment.</summary>
    public ImmutableArray<FactCell> Cells => ImmutableCollectionsMarshal.AsImmutableArray(Volatile.Read(ref _cells) ?? MakeCells());

    /// <summary>Whether the cube has no rows.</summary>
    public bool IsEmpty => _states.Length == 0;

    /// <summary>The number of cells.</summary>
    internal int CellCount => _states.Length;

    /// <summary>Where each cell's state is, in the order of <see cref="Cells"/>; shared: never written.</summary>
    internal CellState[] CellStates => _states;

    /// <summary>Whether the cell objects have been made (for tests: building and evaluating needs none).</summary>
    internal bool HasCellObjects => Volatile.Read(ref _cells) is not null;

    internal CubeLayout Layout => _layout;

    /// <summary>For each cell of <see cref="Cells"/>, the index of its segment in <see cref="Segments"/>.</summary>
    internal ReadOnlySpan<int> SegmentIndexOfCell => _segmentIndexOfCell;

    /// <summary>The array behind <see cref="SegmentIndexOfCell"/>, shared: never written.</summary>
    internal int[] SegmentIndexArray => _segmentIndexOfCell;

    /// <summary>The array behind <see cref="PeriodIndexOfCell"/>, shared: never written.</summary>
    internal int[] PeriodIndexArray => _periodIndexOfCell;

    /// <summary>For each cell of <see cref="Cells"/>, the index of its period in <see cref="Periods"/> (ascending).</summary>
    internal ReadOnlySpan<int> PeriodIndexOfCell => _periodIndexOfCell;

    /// <summary>The empty cube of a schema, calendar and grain: the identity of <see cref="Merge"/>.</summary>
    public static FactCube Empty(FactSchema schema, ReportingCalendar calendar, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(calendar);
        return new FactCube(new CubeLayout(schema, grain), calendar, grain, schema.Dimensions, [], [], [], [], []);
    }

    /// <summary>Whether the cube carries a measure (its column was in the data).</summary>
    public bool HasMeasure(string measureId) => _layout.IndexOf(measureId) >= 0;

    /// <summary>The cell of a period and segment, or null when it has no rows.</summary>
    public FactCell? GetCell(ReportingPeriod period, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(segment);
        if (!_periodIndex.Value.TryGetValue(period, out int p) || !_segmentIndex.Value.TryGetValue(segment, out int s))
        {
            return null;
        }

        int start = _periodCellStart[p];
        int found = _segmentIndexOfCell.AsSpan(start, _periodCellStart[p + 1] - start).BinarySearch(s);
        return found >= 0 ? Cells[start + found] : null;
    }

    /// <summary>The cell objects, made once (several threads may race to make them: one set wins, for all).</summary>
    private FactCell[] MakeCells()
    {
        var cells = new FactCell[_states.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            CellState state = _states[c];
            cells[c] = new FactCell(
                _layout, Periods[_periodIndexOfCell[c]], Segments[_segmentIndexOfCell[c]], state.Array, state.Offset, state.FirstDay, state.LastDay);
        }

        return Interlocked.CompareExchange(ref _cells, cells, null) ?? cells;
    }

    /// <summary>The cells of a period (empty when it has no rows).</summary>
    public ImmutableArray<FactCell> GetCells(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _periodIndex.Value.TryGetValue(period, out int p) ? _cellsOfPeriod.Value[p] : [];
    }

    /// <summary>
    /// The cube with segments re-keyed by a subset of the dimensions (flows and per-date stock totals summed);
    /// no dimensions gives one total cell per period.
    /// </summary>
    /// <param name="dimensions">The dimensions to keep, each one of <see cref="Dimensions"/>.</param>
    /// <exception cref="ArgumentException">A dimension is not in the cube.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    public FactCube RollUp(params string[] dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ImmutableArray<string> current = Dimensions;
        int[] positions = new int[dimensions.Length];
        for (int i = 0; i < dimensions.Length; i++)
        {
            positions[i] = current.IndexOf(dimensions[i], StringComparer.Ordinal);
            if (positions[i] < 0)
            {
                throw new ArgumentException(
                    $"Cannot roll up by '{dimensions[i]}': the cube's dimensions are [{string.Join(", ", current)}].", nameof(dimensions));
            }
        }

        if (dimensions.AsSpan().SequenceEqual(current.AsSpan()))
        {
            return this; // Re-keying by the same dimensions, in the same order, changes nothing.
        }

        // Each source segment maps to one target segment: project the segments (not the cells), then rank the targets.
        ImmutableArray<string> rolled = [.. dimensions];
        var targetIndex = new Dictionary<Segment, int>();
        var targets = new List<Segment>();
        int[] targetOfSegment = new int[Segments.Length];
        var values = new string[positions.Length];
        for (int s = 0; s < Segments.Length; s++)
        {
            Segment segment;
            if (positions.Length == 0)
            {
                segment = Segment.Total;
            }
            else
            {
                for (int i = 0; i < positions.Length; i++)
                {
                    values[i] = Segments[s].Values[positions[i]];
                }

                segment = new Segment(rolled, values);
            }

            ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(targetIndex, segment, out bool exists);
            if (!exists)
            {
                index = targets.Count;
                targets.Add(segment);
            }

            targetOfSegment[s] = index;
        }

        // Targets differ in their values (they share the dimensions), so the ranks are distinct.
        int[] targetRank = RankSegments(targets, out Segment[] orderedTargets);

        // Group the cells of each target cell (counting sort by period, then target rank; stable, so each group keeps
        // the cells' order), then merge each group in one pass into one state block.
        int n = _states.Length;
        int t = orderedTargets.Length;
        int[] keyOfCell = new int[n];
        var starts = new Dictionary<long, int>();
        long space = (long)Periods.Length * t;
        bool dense = space <= (4L * n) + 1024;
        int[] counts = dense ? new int[space + 1] : [];
        var sparseKeys = new List<long>();
        for (int c = 0; c < n; c++)
        {
            long key = ((long)_periodIndexOfCell[c] * t) + targetRank[targetOfSegment[_segmentIndexOfCell[c]]];
            if (dense)
            {
                keyOfCell[c] = (int)key;
                counts[key + 1]++;
            }
            else
            {
                ref int group = ref CollectionsMarshal.GetValueRefOrAddDefault(starts, key, out bool exists);
                if (!exists)
                {
                    group = sparseKeys.Count;
                    sparseKeys.Add(key);
                }

                keyOfCell[c] = group;
            }
        }

        long[] groupKeys;
        int[] groupStart;
        if (dense)
        {
            int groupCount = 0;
            for (long k = 0; k < space; k++)
            {
                groupCount += counts[k + 1] > 0 ? 1 : 0;
            }

            groupKeys = new long[groupCount];
            groupStart = new int[groupCount + 1];
            int[] groupOfKey = new int[space];
            int g = 0;
            for (long k = 0; k < space; k++)
            {
                if (counts[k + 1] > 0)
                {
                    groupKeys[g] = k;
                    groupOfKey[k] = g;
                    groupStart[g + 1] = groupStart[g] + counts[k + 1];
                    g++;
                }
            }

            for (int c = 0; c < n; c++)
            {
                keyOfCell[c] = groupOfKey[keyOfCell[c]];
            }
        }
        else
        {
            // Renumber the groups in key order.
            long[] keys = [.. sparseKeys];
            int[] order = new int[keys.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(keys, order);
            int[] rank = new int[keys.Length];
            for (int i = 0; i < order.Length; i++)
            {
                rank[order[i]] = i;
            }

            groupKeys = keys;
            groupStart = new int[keys.Length + 1];
            for (int c = 0; c < n; c++)
            {
                keyOfCell[c] = rank[keyOfCell[c]];
                groupStart[keyOfCell[c] + 1]++;
            }

            for (int i = 0; i < keys.Length; i++)
            {
                groupStart[i + 1] += groupStart[i];
            }
        }

        int[] members = new int[n];
        int[] next = groupStart[..^1];
        for (int c = 0; c < n; c++)
        {
            members[next[keyOfCell[c]]++] = c;
        }

        int merged = 0;
        for (int g = 0; g < groupKeys.Length; g++)
        {
            merged += groupStart[g + 1] - groupStart[g] > 1 ? 1 : 0;
        }

        var cells = new CellState[groupKeys.Length];
        int[] periodOfCell = new int[groupKeys.Length];
        int[] segmentOfCell = new int[groupKeys.Length];
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over the cells: optimised from the first call
        void MergeGroups(int from, int to, CellStateArena arena)
        {
            for (int g = from; g < to; g++)
            {
                periodOfCell[g] = (int)(groupKeys[g] / t);
                segmentOfCell[g] = (int)(groupKeys[g] % t);
                cells[g] = FactCellMerger.MergeAll(_layout, _states, members.AsSpan(groupStart[g], groupStart[g + 1] - groupStart[g]), arena);
            }
        }

        // Many cells: the groups in parallel ranges of about ParallelRollUpCells cells, each range with its own blocks.
        if (n < ParallelRollUpCells || groupKeys.Length < 2)
        {
            MergeGroups(0, groupKeys.Length, new CellStateArena(_layout.StateLength, merged));
        }
        else
        {
            var ranges = new List<(int From, int To)>();
            for (int g = 0; g < groupKeys.Length;)
            {
                int from = g;
                do
                {
                    g++;
                }
                while (g < groupKeys.Length && groupStart[g] - groupStart[from] < ParallelRollUpCells);

                ranges.Add((from, g));
            }

            InParallel(ranges.Count, r => MergeGroups(ranges[r].From, ranges[r].To, new CellStateArena(_layout.StateLength, 64)));
        }

        // Every period and every target segment keeps at least one cell.
        return new FactCube(_layout, Calendar, Grain, rolled, cells, [.. Periods], orderedTargets, periodOfCell, segmentOfCell);
    }

    /// <summary>
    /// Cells of a roll-up or a merge joined by one thread; larger ones are split into ranges of about this many, joined
    /// in parallel.
    /// </summary>
    private const int ParallelRollUpCells = 1 << 15;

    /// <summary>
    /// Runs the ranges of a large roll-up or merge in parallel, with the error a sequential run gives: a total that
    /// leaves the exact range throws <see cref="OverflowException"/> itself, not wrapped in an
    /// <see cref="AggregateException"/> (callers such as the file readers catch it to name the line).
    /// </summary>
    private static void InParallel(int ranges, Action<int> range)
    {
        try
        {
            Parallel.For(0, ranges, range);
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Capture(ex.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>The cube with one total cell per period (all segments summed).</summary>
    public FactCube Total() => RollUp();

    /// <summary>
    /// The cube restricted to the periods from <paramref name="first"/> to <paramref name="last"/> (inclusive, by
    /// start date): e.g. the last twelve months of a longer history, or a rolling window for a trend of the balance.
    /// </summary>
    /// <param name="first">The first period to keep.</param>
    /// <param name="last">The last period to keep (not before <paramref name="first"/>).</param>
    /// <returns>A cube of the same schema, calendar, grain and dimensions; empty when no period with data falls between.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="last"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> starts before <paramref name="first"/>.</exception>
    public FactCube Slice(ReportingPeriod first, ReportingPeriod last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        if (last.Start < first.Start)
        {
            throw new ArgumentException($"The last period {last.Label} starts before the first period {first.Label}.", nameof(last));
        }

        // Periods are in start order: the kept ones are one run of them, and their cells one run of the cells.
        int fromPeriod = 0;
        while (fromPeriod < Periods.Length && Periods[fromPeriod].Start < first.Start)
        {
            fromPeriod++;
        }

        int toPeriod = fromPeriod;
        while (toPeriod < Periods.Length && Periods[toPeriod].Start <= last.Start)
        {
            toPeriod++;
        }

        int from = _periodCellStart[fromPeriod];
        int count = _periodCellStart[toPeriod] - from;
        CellState[] cells = _states.AsSpan(from, count).ToArray();
        int[] periodOfCell = new int[count];
        int[] segmentOfCell = new int[count];
        bool[] used = new bool[Segments.Length];
        for (int c = 0; c < count; c++)
        {
            periodOfCell[c] = _periodIndexOfCell[from + c] - fromPeriod;
            used[_segmentIndexOfCell[from + c]] = true;
        }

        // The segments that keep cells, in the same order, renumbered.
        int[] renumbered = new int[Segments.Length];
        var segments = new List<Segment>();
        for (int s = 0; s < used.Length; s++)
        {
            if (used[s])
            {
                renumbered[s] = segments.Count;
                segments.Add(Segments[s]);
            }
        }

        for (int c = 0; c < count; c++)
        {
            segmentOfCell[c] = renumbered[_segmentIndexOfCell[from + c]];
        }

        return new FactCube(
            _layout, Calendar, Grain, Dimensions, cells, Periods.AsSpan(fromPeriod, toPeriod - fromPeriod).ToArray(), [.. segments], periodOfCell, segmentOfCell);
    }

    /// <summary>
    /// Combines two cubes of the same schema, calendar, grain and dimensions into the cube of all their rows.
    /// Associative and commutative; <see cref="Empty"/> is the identity; money and counts stay exact.
    /// </summary>
    /// <exception cref="ArgumentException">The cubes differ in schema, calendar, grain or dimensions.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    public static FactCube Merge(FactCube left, FactCube right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (!left.Schema.Equals(right.Schema))
        {
            throw new ArgumentException($"Cannot merge cubes of different schemas: {left.Schema} and {right.Schema}.", nameof(right));
        }

        if (left.Calendar.Name != right.Calendar.Name || left.Grain != right.Grain)
        {
            throw new ArgumentException(
                $"Cannot merge a {left.Calendar.Name} {left.Grain} cube with a {right.Calendar.Name} {right.Grain} cube.", nameof(right));
        }

        if (!left.Dimensions.SequenceEqual(right.Dimensions, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Cannot merge cubes keyed by [{string.Join(", ", left.Dimensions)}] and [{string.Join(", ", right.Dimensions)}].", nameof(right));
        }

        // Cubes are immutable: merging with an empty one gives the other.
        if (right.IsEmpty)
        {
            return left;
        }

        if (left.IsEmpty)
        {
            return right;
        }

        // Both sides are in (period start, segment) order: merge the sorted periods and segments, then join the cells.
        (ReportingPeriod[] periods, int[] leftPeriod, int[] rightPeriod) = Union(
            left.Periods.AsSpan(), right.Periods.AsSpan(), static (a, b) => a.Start.CompareTo(b.Start));
        (Segment[] segments, int[] leftSegment, int[] rightSegment) = Union(
            left.Segments.AsSpan(), right.Segments.AsSpan(), Segment.Comparer.Compare);

        // Pass 1: the merged order as pairs of cell indices (−1 where a side has no cell).
        int nl = left._states.Length;
        int nr = right._states.Length;
        var fromLeft = new int[nl + nr];
        var fromRight = new int[nl + nr];
        int count = 0;
        int both = 0;
        int i = 0;
        int j = 0;
        while (i < nl || j < nr)
        {
            int compare;
            if (i == nl)
            {
                compare = 1;
            }
            else if (j == nr)
            {
                compare = -1;
            }
            else
            {
                compare = leftPeriod[left._periodIndexOfCell[i]].CompareTo(rightPeriod[right._periodIndexOfCell[j]]);
                if (compare == 0)
                {
                    compare = leftSegment[left._segmentIndexOfCell[i]].CompareTo(rightSegment[right._segmentIndexOfCell[j]]);
                }
            }

            fromLeft[count] = compare <= 0 ? i++ : -1;
            fromRight[count] = compare >= 0 ? j++ : -1;
            both += compare == 0 ? 1 : 0;
            count++;
        }

        // Pass 2: the cells, merged where both sides have one; many cells in parallel ranges, each with its own blocks.
        var cells = new CellState[count];
        int[] periodOfCell = new int[count];
        int[] segmentOfCell = new int[count];
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over the cells: optimised from the first call
        void Join(int from, int to, CellStateArena arena)
        {
            for (int k = from; k < to; k++)
            {
                int l = fromLeft[k];
                int r = fromRight[k];
                if (l >= 0 && r >= 0)
                {
                    cells[k] = FactCellMerger.Merge(left._layout, left._states[l], right._states[r], arena);
                }
                else
                {
                    cells[k] = l >= 0 ? left._states[l] : right._states[r];
                }

                periodOfCell[k] = l >= 0 ? leftPeriod[left._periodIndexOfCell[l]] : rightPeriod[right._periodIndexOfCell[r]];
                segmentOfCell[k] = l >= 0 ? leftSegment[left._segmentIndexOfCell[l]] : rightSegment[right._segmentIndexOfCell[r]];
            }
        }

        if (count < ParallelRollUpCells)
        {
            Join(0, count, new CellStateArena(left._layout.StateLength, both));
        }
        else
        {
            InParallel(
                (count + ParallelRollUpCells - 1) / ParallelRollUpCells,
                range => Join(range * ParallelRollUpCells, Math.Min(count, (range + 1) * ParallelRollUpCells), new CellStateArena(left._layout.StateLength, 64)));
        }

        return new FactCube(left._layout, left.Calendar, left.Grain, left.Dimensions, cells, periods, segments, periodOfCell, segmentOfCell);
    }

    /// <summary>The cube's complete aggregation state as plain, versioned data (see <see cref="FactCubeSnapshot"/>).</summary>
    public FactCubeSnapshot ToSnapshot() => FactCubeSnapshot.Capture(this);

    /// <summary>Restores the exact cube a <see cref="ToSnapshot"/> was taken of.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="calendar">The reporting calendar the snapshot was taken with (its name must match).</param>
    /// <exception cref="ArgumentException">
    /// The snapshot's version is not supported, its calendar name differs, or its data is not a valid cube state
    /// (arrays of the wrong size, a period start that is not one, days outside the period, repeated cells).
    /// </exception>
    public static FactCube FromSnapshot(FactCubeSnapshot snapshot, ReportingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(calendar);
        (CubeLayout layout, List<FactCell> cells) = snapshot.Restore(calendar);
        return FromCells(layout, calendar, snapshot.Grain, snapshot.Dimensions, cells);
    }

    /// <summary>
    /// A cube of cells in any order: sorts them by period start, then segment. The cells must be of distinct period ×
    /// segment pairs and share their dimensions.
    /// </summary>
    internal static FactCube FromCells(CubeLayout layout, ReportingCalendar calendar, PeriodGrain grain, ImmutableArray<string> dimensions, IReadOnlyList<FactCell> cells)
    {
        int n = cells.Count;

        // The distinct periods by start, and the distinct segments (by reference first: cells of one cube share them).
        var periodByStart = new Dictionary<NodaTime.LocalDate, int>();
        var periodList = new List<ReportingPeriod>();
        var segmentByReference = new Dictionary<Segment, int>(ReferenceEqualityComparer.Instance);
        var segmentByValue = new Dictionary<Segment, int>();
        var segmentList = new List<Segment>();
        int[] periodOfCell = new int[n];
        int[] segmentOfCell = new int[n];
        for (int c = 0; c < n; c++)
        {
            FactCell cell = cells[c];
            ref int p = ref CollectionsMarshal.GetValueRefOrAddDefault(periodByStart, cell.Period.Start, out bool knownPeriod);
            if (!knownPeriod)
            {
                p = periodList.Count;
                periodList.Add(cell.Period);
            }

            periodOfCell[c] = p;
            ref int s = ref CollectionsMarshal.GetValueRefOrAddDefault(segmentByReference, cell.Segment, out bool knownReference);
            if (!knownReference)
            {
                ref int byValue = ref CollectionsMarshal.GetValueRefOrAddDefault(segmentByValue, cell.Segment, out bool knownValue);
                if (!knownValue)
                {
                    byValue = segmentList.Count;
                    segmentList.Add(cell.Segment);
                }

                s = byValue;
            }

            segmentOfCell[c] = s;
        }

        int[] periodRank = RankPeriods(periodList, out ReportingPeriod[] periods);
        int[] segmentRank = RankSegments(segmentList, out Segment[] segments);
        for (int c = 0; c < n; c++)
        {
            periodOfCell[c] = periodRank[periodOfCell[c]];
            segmentOfCell[c] = segmentRank[segmentOfCell[c]];
        }

        int[] order = CellOrder.ByPeriodThenSegment(periodOfCell, segmentOfCell, periods.Length, segments.Length);
        var sorted = new CellState[n];
        int[] sortedPeriod = new int[n];
        int[] sortedSegment = new int[n];
        for (int k = 0; k < n; k++)
        {
            sorted[k] = cells[order[k]].ToCellState();
            sortedPeriod[k] = periodOfCell[order[k]];
            sortedSegment[k] = segmentOfCell[order[k]];
        }

        return new FactCube(layout, calendar, grain, dimensions, sorted, periods, segments, sortedPeriod, sortedSegment);
    }

    /// <summary>A cube from cells (as their states) already in order (see the private constructor).</summary>
    internal static FactCube FromOrderedCells(
        CubeLayout layout,
        ReportingCalendar calendar,
        PeriodGrain grain,
        CellState[] cells,
        ReportingPeriod[] periods,
        Segment[] segments,
        int[] periodIndexOfCell,
        int[] segmentIndexOfCell) =>
        new(layout, calendar, grain, layout.Schema.Dimensions, cells, periods, segments, periodIndexOfCell, segmentIndexOfCell);

    /// <summary>The rank of each period by start (starts distinct), and the periods in that order.</summary>
    private static int[] RankPeriods(List<ReportingPeriod> periods, out ReportingPeriod[] ordered)
    {
        ordered = [.. periods];
        int[] index = new int[ordered.Length];
        for (int i = 0; i < index.Length; i++)
        {
            index[i] = i;
        }

        NodaTime.LocalDate[] starts = [.. periods.Select(p => p.Start)];
        Array.Sort(starts, index);
        int[] rank = new int[index.Length];
        for (int r = 0; r < index.Length; r++)
        {
            rank[index[r]] = r;
            ordered[r] = periods[index[r]];
        }

        return rank;
    }

    /// <summary>
    /// The rank of each segment by <see cref="Segment.Comparer"/>, and the segments in that order.
    /// </summary>
    /// <exception cref="ArgumentException">Two distinct segments compare equal (their dimensions differ).</exception>
    private static int[] RankSegments(List<Segment> segments, out Segment[] ordered)
    {
        ordered = [.. segments];
        int[] index = new int[ordered.Length];
        for (int i = 0; i < index.Length; i++)
        {
            index[i] = i;
        }

        Array.Sort(ordered, index, Segment.Comparer);
        int[] rank = new int[index.Length];
        for (int r = 0; r < index.Length; r++)
        {
            rank[index[r]] = r;
            if (r > 0 && Segment.Comparer.Compare(ordered[r - 1], ordered[r]) == 0)
            {
                throw new ArgumentException($"The cells mix segments of different dimensions: {ordered[r - 1].Label} and {ordered[r].Label}.");
            }
        }

        return rank;
    }

    /// <summary>
    /// The sorted union of two sorted lists of distinct items, and where each item of either list went in it.
    /// </summary>
    private static (T[] Union, int[] LeftIndex, int[] RightIndex) Union<T>(ReadOnlySpan<T> left, ReadOnlySpan<T> right, Comparison<T> compare)
    {
        var union = new List<T>(Math.Max(left.Length, right.Length));
        int[] leftIndex = new int[left.Length];
        int[] rightIndex = new int[right.Length];
        int i = 0;
        int j = 0;
        while (i < left.Length || j < right.Length)
        {
            int c = i == left.Length ? 1 : j == right.Length ? -1 : compare(left[i], right[j]);
            if (c <= 0)
            {
                leftIndex[i] = union.Count;
            }

            if (c >= 0)
            {
                rightIndex[j] = union.Count;
            }

            union.Add(c <= 0 ? left[i] : right[j]);
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }

        return ([.. union], leftIndex, rightIndex);
    }

    private static Dictionary<T, int> IndexOf<T>(ImmutableArray<T> items)
        where T : notnull
    {
        var index = new Dictionary<T, int>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            index.TryAdd(items[i], i);
        }

        return index;
    }

    /// <summary>Structural equality: same schema, calendar, grain and cells.</summary>
    public bool Equals(FactCube? other) =>
        other is not null
        && Schema.Equals(other.Schema)
        && Calendar.Name == other.Calendar.Name
        && Grain == other.Grain
        && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactCube);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Calendar.Name, Grain, _states.Length);

    /// <summary>A short description: calendar, grain, periods, segments.</summary>
    public override string ToString() => $"{Calendar.Name} {Grain} cube: {Periods.Length} periods × {Segments.Length} segments";
}
