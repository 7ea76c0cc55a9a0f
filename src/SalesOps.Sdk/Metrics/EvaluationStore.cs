using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The compact storage of one evaluation: the value and the reason of every metric of the closure for every cell of
/// the cube, column by column (one column per evaluated metric, each in the order of the cube's cells: period then
/// segment). A column is its values (0 where there is none) and, only once some row has no value, the reasons (not
/// null exactly where there is no value). Explanation inputs are not kept: a result recomputes them on demand by
/// evaluating its (pure) metric again.
/// </summary>
internal sealed class EvaluationStore
{
    private readonly EvaluationSeries?[] _series;
    private readonly decimal[]?[] _values;
    private readonly string?[]?[] _reasons;
    private int[]? _previousRow;
    private Dictionary<ReportingPeriod, int>? _periodIndex;
    private readonly List<decimal[]> _rented = [];
    private Dictionary<(int Measure, TimeAggregation Aggregation), decimal[]> _measureColumns = [];
    private int[]? _rentedDateCounts;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    public EvaluationStore(MetricCatalog catalog, FactCube cube, int[] slotOfMetric, int slots, int[] requestedIndex)
    {
        Catalog = catalog;
        Cube = cube;
        SlotOfMetric = slotOfMetric;
        Slots = slots;
        RequestedIndex = requestedIndex;
        RowCount = cube.CellCount;
        _values = new decimal[]?[slots];
        _reasons = new string?[]?[slots];

        // Cells are ordered by period then segment, so each segment's rows, gathered in row order, are in period order.
        PeriodOfRow = cube.PeriodIndexArray; // the cube's own (immutable) arrays: read, never written
        SegmentOfRow = cube.SegmentIndexArray;
        SegmentStart = new int[cube.Segments.Length + 1];
        foreach (int segment in SegmentOfRow)
        {
            SegmentStart[segment + 1]++;
        }

        for (int s = 0; s < cube.Segments.Length; s++)
        {
            SegmentStart[s + 1] += SegmentStart[s];
        }

        RowsBySegment = new int[RowCount];
        int[] next = SegmentStart[..^1];
        for (int row = 0; row < RowCount; row++)
        {
            RowsBySegment[next[SegmentOfRow[row]]++] = row;
        }

        _series = new EvaluationSeries?[cube.Segments.Length];
    }

    public MetricCatalog Catalog { get; }

    public FactCube Cube { get; }

    /// <summary>The number of rows: the cube's cells.</summary>
    public int RowCount { get; }

    /// <summary>The slot of a catalog index, −1 for a metric outside the closure (which no evaluated metric can read).</summary>
    public int[] SlotOfMetric { get; }

    public int Slots { get; }

    /// <summary>The catalog indexes of the requested metrics, in the requested order.</summary>
    public int[] RequestedIndex { get; }

    /// <summary>
    /// The values of a metric's column, one per row, 0 where the row has no value; made (every row to be written) on
    /// the first call, which the engine makes before evaluating the metric.
    /// </summary>
    public decimal[] Values(int metric)
    {
        int slot = SlotOfMetric[metric];
        return _values[slot] ??= GC.AllocateUninitializedArray<decimal>(RowCount);
    }

    /// <summary>Makes a column's values an array computed elsewhere (a measure column read as it is).</summary>
    public void AdoptValues(int metric, decimal[] values) => _values[SlotOfMetric[metric]] = values;

    /// <summary>The reasons of a metric's column (not null exactly where a row has no value), or null when every row has one.</summary>
    public string?[]? Reasons(int metric) => Volatile.Read(ref _reasons[SlotOfMetric[metric]]);

    /// <summary>The reasons of a metric's column, made on the first call; safe to call from several threads.</summary>
    public string?[] EnsureReasons(int metric)
    {
        ref string?[]? reasons = ref _reasons[SlotOfMetric[metric]];
        string?[]? made = Volatile.Read(ref reasons);
        if (made is not null)
        {
            return made;
        }

        made = new string?[RowCount];
        return Interlocked.CompareExchange(ref reasons, made, null) ?? made;
    }

    /// <summary>The value of a metric in a row, or null.</summary>
    public decimal? Value(int row, int metric)
    {
        string?[]? reasons = Reasons(metric);
        return reasons is not null && reasons[row] is not null ? null : _values[SlotOfMetric[metric]]![row];
    }

    /// <summary>Why a metric has no value in a row; null when it has one.</summary>
    public string? Reason(int row, int metric) => Reasons(metric)?[row];

    /// <summary>The index into the cube's periods of each row.</summary>
    public int[] PeriodOfRow { get; }

    /// <summary>The index into the cube's segments of each row.</summary>
    public int[] SegmentOfRow { get; }

    /// <summary>Where each segment's rows start in <see cref="RowsBySegment"/> (one more entry than segments).</summary>
    public int[] SegmentStart { get; }

    /// <summary>The rows grouped by segment, each segment's in period order.</summary>
    public int[] RowsBySegment { get; }

    /// <summary>For each row, the row of the same segment in the previous period of the cube, or −1.</summary>
    public int[] PreviousRow => _previousRow ?? BuildPreviousRow();

    /// <summary>
    /// Reads the period values of measures, and the number of dates, for every row into one column each, in one pass
    /// over the cells (each cell's facts are read once, not once per metric that reads them). A pair whose reading
    /// throws (e.g. the last value of a flow) gets no column: its readers read the cells and report the failure per
    /// row. The columns of <paramref name="kept"/> become results (simple metrics); the others are working data, taken
    /// from the shared array pool and returned by <see cref="ReleaseWorkingColumns"/>.
    /// </summary>
    public void LoadMeasureColumns(
        IEnumerable<(int Measure, TimeAggregation Aggregation)> wanted,
        IEnumerable<(int Measure, TimeAggregation Aggregation)> kept,
        CancellationToken cancellationToken)
    {
        CubeLayout layout = Cube.Layout;
        var keep = kept.ToHashSet();
        var readable = new List<(int Measure, TimeAggregation Aggregation)>();
        foreach ((int measure, TimeAggregation aggregation) in wanted.Concat(keep).Distinct())
        {
            // One the cells cannot give (e.g. the last value of a flow) is left to the readers, which read the cells and
            // turn the exception into the reason.
            if (layout.CanAggregate(measure, aggregation))
            {
                readable.Add((measure, aggregation));
            }
        }

        // Where a column's scaled value sits in a cell's state when it is read straight from there (a sum, an average's
        // sum, a stock's first- or last-date total), else −1 (min and max scan the days: read through the cell).
        int count = readable.Count;
        int[] offsets = new int[count];
        bool[] averages = new bool[count];
        int[] measures = new int[count];
        TimeAggregation[] aggregations = new TimeAggregation[count];
        decimal[][] columns = new decimal[count][];
        for (int k = 0; k < count; k++)
        {
            (int measure, TimeAggregation aggregation) = readable[k];
            measures[k] = measure;
            aggregations[k] = aggregation;
            averages[k] = aggregation == TimeAggregation.Average;
            offsets[k] = aggregation switch
            {
                TimeAggregation.Sum or TimeAggregation.Average => layout.SumsOffset + measure,
                TimeAggregation.First when !layout.Measures[measure].IsAdditive => layout.FirstStocksOffset + layout.StockSlotOf(measure),
                TimeAggregation.Last when !layout.Measures[measure].IsAdditive => layout.LastStocksOffset + layout.StockSlotOf(measure),
                _ => -1,
            };
            // (Every row is written, or the column is dropped: no need to clear them.)
            columns[k] = keep.Contains(readable[k]) ? GC.AllocateUninitializedArray<decimal>(RowCount) : Rent(RowCount);
        }

        bool[] failed = new bool[count];
        int[] dateCounts = ArrayPool<int>.Shared.Rent(RowCount);
        _rentedDateCounts = dateCounts;
        ParallelRows(
            RowCount,
            (from, to) => LoadRows(Cube, from, to, columns, offsets, averages, measures, aggregations, failed, dateCounts),
            cancellationToken);

        var loaded = new Dictionary<(int Measure, TimeAggregation Aggregation), decimal[]>(count);
        for (int k = 0; k < count; k++)
        {
            if (!failed[k])
            {
                loaded[readable[k]] = columns[k];
            }
        }

        _measureColumns = loaded;
        DateCounts = dateCounts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one pass over many cells: optimised from the first call
    private static void LoadRows(
        FactCube cube,
        int from,
        int to,
        decimal[][] columns,
        int[] offsets,
        bool[] averages,
        int[] measures,
        TimeAggregation[] aggregations,
        bool[] failed,
        int[] dateCounts)
    {
        CubeLayout layout = cube.Layout;
        CellState[] states = cube.CellStates;
        for (int row = from; row < to; row++)
        {
            // The cell's state where it is (no cell object needed), and its dates: the bits of its date words.
            ReadOnlySpan<long> state = states[row].Span(layout);
            int dates = 0;
            for (int w = 0; w < layout.DateWords; w++)
            {
                dates += BitOperations.PopCount(unchecked((ulong)state[w]));
            }

            dateCounts[row] = dates;
            for (int k = 0; k < columns.Length; k++)
            {
                int offset = offsets[k];
                if (offset >= 0)
                {
                    decimal value = FactValue.FromScaled(state[offset]);
                    columns[k][row] = !averages[k] ? value : dates == 0 ? 0m : value / dates;
                    continue;
                }

                try
                {
                    columns[k][row] = cube.Cells[row].Aggregate(measures[k], aggregations[k]);
                }
                catch (InvalidOperationException)
                {
                    failed[k] = true; // This cell cannot give it: the readers read the cells instead.
                }
            }
        }
    }

    /// <summary>
    /// Drops the measure columns and date counts once every metric is evaluated, so results do not keep them, and
    /// returns the working ones to the pool (a column that became a result is not).
    /// </summary>
    public void ReleaseWorkingColumns()
    {
        _measureColumns = [];
        DateCounts = [];
        foreach (decimal[] column in _rented)
        {
            ArrayPool<decimal>.Shared.Return(column);
        }

        _rented.Clear();
        if (_rentedDateCounts is not null)
        {
            ArrayPool<int>.Shared.Return(_rentedDateCounts);
            _rentedDateCounts = null;
        }
    }

    private decimal[] Rent(int length)
    {
        decimal[] column = ArrayPool<decimal>.Shared.Rent(length);
        _rented.Add(column);
        return column;
    }

    /// <summary>The number of dates of each row's cell (loaded with the measure columns; may be longer than the rows).</summary>
    public int[] DateCounts { get; private set; } = [];

    /// <summary>The loaded column of a measure's period values (may be longer than the rows), or null.</summary>
    public decimal[]? MeasureColumn(int measure, TimeAggregation aggregation) => _measureColumns.GetValueOrDefault((measure, aggregation));

    /// <summary>Runs an action over chunks of the rows, in parallel when there are enough of them.</summary>
    public static void ParallelRows(int rows, Action<int, int> action, CancellationToken cancellationToken)
    {
        int chunks = (rows + ChunkRows - 1) / ChunkRows;
        if (chunks <= 1)
        {
            action(0, rows);
            return;
        }

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { CancellationToken = cancellationToken },
            chunk => action(chunk * ChunkRows, Math.Min(rows, (chunk + 1) * ChunkRows)));
    }

    /// <summary>The rows of one parallel work item.</summary>
    public const int ChunkRows = 4096;

    /// <summary>The view of one segment's rows (made once, on first use).</summary>
    public EvaluationSeries Series(int segment)
    {
        EvaluationSeries? series = Volatile.Read(ref _series[segment]);
        if (series is not null)
        {
            return series;
        }

        var made = new EvaluationSeries(this, segment);
        return Interlocked.CompareExchange(ref _series[segment], made, null) ?? made;
    }

    /// <summary>
    /// The result object of a metric in a row, or null when the metric is not evaluated (outside the closure, or not
    /// yet) or there is no such row.
    /// </summary>
    public MetricResult? Result(int row, int metric)
    {
        int slot = SlotOfMetric[metric];
        return slot < 0 || row < 0 || _values[slot] is null ? null : new MetricResult(this, row, metric);
    }

    /// <summary>The results of the requested metrics in a row, in the requested order.</summary>
    public MetricResult[] Row(int row)
    {
        var results = new MetricResult[RequestedIndex.Length];
        for (int r = 0; r < results.Length; r++)
        {
            results[r] = Result(row, RequestedIndex[r])!;
        }

        return results;
    }

    /// <summary>The period index of a period of the cube, or −1.</summary>
    public int IndexOfPeriod(ReportingPeriod period) => PeriodIndex.TryGetValue(period, out int index) ? index : -1;

    private Dictionary<ReportingPeriod, int> PeriodIndex => _periodIndex ?? BuildPeriodIndex();

    private Dictionary<ReportingPeriod, int> BuildPeriodIndex()
    {
        var index = new Dictionary<ReportingPeriod, int>(Cube.Periods.Length);
        for (int i = 0; i < Cube.Periods.Length; i++)
        {
            index[Cube.Periods[i]] = i;
        }

        return Interlocked.CompareExchange(ref _periodIndex, index, null) ?? index;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    private int[] BuildPreviousRow()
    {
        int[] previous = new int[RowCount];
        Array.Fill(previous, -1);
        for (int s = 0; s + 1 < SegmentStart.Length; s++)
        {
            for (int k = SegmentStart[s] + 1; k < SegmentStart[s + 1]; k++)
            {
                int row = RowsBySegment[k];
                int before = RowsBySegment[k - 1];
                if (PeriodOfRow[before] == PeriodOfRow[row] - 1)
                {
                    previous[row] = before;
                }
            }
        }

        return Interlocked.CompareExchange(ref _previousRow, previous, null) ?? previous;
    }
}
