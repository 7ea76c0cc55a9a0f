using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The compact storage of one evaluation: the value and the reason of every metric of the closure for every cell of
/// the cube, column by column (one column per evaluated metric, each in the order of the cube's cells: period then
/// segment). Explanation inputs are not kept: a result recomputes them on demand by evaluating its (pure) metric again.
/// </summary>
internal sealed class EvaluationStore
{
    private readonly EvaluationSeries?[] _series;
    private int[]? _previousRow;
    private Dictionary<ReportingPeriod, int>? _periodIndex;
    private Dictionary<(int Measure, TimeAggregation Aggregation), decimal[]> _measureColumns = [];

    public EvaluationStore(MetricCatalog catalog, FactCube cube, int[] slotOfMetric, int slots, int[] requestedIndex)
    {
        Catalog = catalog;
        Cube = cube;
        SlotOfMetric = slotOfMetric;
        Slots = slots;
        RequestedIndex = requestedIndex;
        RowCount = cube.Cells.Length;
        Values = new decimal?[RowCount * slots];
        Reasons = new string?[RowCount * slots];

        // Cells are ordered by period then segment, so each segment's rows, gathered in row order, are in period order.
        PeriodOfRow = cube.PeriodIndexOfCell.ToArray();
        SegmentOfRow = cube.SegmentIndexOfCell.ToArray();
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

    /// <summary>The values, <c>slot × RowCount + row</c>.</summary>
    public decimal?[] Values { get; }

    /// <summary>The reasons, laid out like <see cref="Values"/>; a position with neither has not been evaluated.</summary>
    public string?[] Reasons { get; }

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
    /// row. The columns are working data of the evaluation: <see cref="ReleaseWorkingColumns"/> drops them.
    /// </summary>
    public void LoadMeasureColumns(IEnumerable<(int Measure, TimeAggregation Aggregation)> wanted, CancellationToken cancellationToken)
    {
        var readable = new List<(int Measure, TimeAggregation Aggregation)>();
        foreach ((int measure, TimeAggregation aggregation) in wanted.Distinct())
        {
            try
            {
                if (RowCount > 0)
                {
                    _ = Cube.Cells[0].Aggregate(measure, aggregation);
                }

                readable.Add((measure, aggregation));
            }
            catch (InvalidOperationException)
            {
                // Not readable for any cell: left to the readers, which turn the exception into the reason.
            }
        }

        decimal[][] columns = [.. readable.Select(_ => new decimal[RowCount])];
        int[] measures = [.. readable.Select(r => r.Measure)];
        TimeAggregation[] aggregations = [.. readable.Select(r => r.Aggregation)];
        bool[] failed = new bool[columns.Length];
        int[] dateCounts = new int[RowCount];
        ParallelRows(
            RowCount,
            (from, to) =>
            {
                for (int row = from; row < to; row++)
                {
                    FactCell cell = Cube.Cells[row];
                    dateCounts[row] = cell.DateCount;
                    for (int k = 0; k < columns.Length; k++)
                    {
                        try
                        {
                            columns[k][row] = cell.Aggregate(measures[k], aggregations[k]);
                        }
                        catch (InvalidOperationException)
                        {
                            failed[k] = true; // This cell cannot give it: the readers read the cells instead.
                        }
                    }
                }
            },
            cancellationToken);

        var loaded = new Dictionary<(int Measure, TimeAggregation Aggregation), decimal[]>(readable.Count);
        for (int k = 0; k < readable.Count; k++)
        {
            if (!failed[k])
            {
                loaded[readable[k]] = columns[k];
            }
        }

        _measureColumns = loaded;
        DateCounts = dateCounts;
    }

    /// <summary>Drops the measure columns and date counts once every metric is evaluated, so results do not keep them.</summary>
    public void ReleaseWorkingColumns()
    {
        _measureColumns = [];
        DateCounts = [];
    }

    /// <summary>The number of dates of each row's cell (loaded with the measure columns).</summary>
    public int[] DateCounts { get; private set; } = [];

    /// <summary>The loaded column of a measure's period values, or null.</summary>
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

    /// <summary>The first position of a metric's column.</summary>
    public int ColumnStart(int metric) => SlotOfMetric[metric] * RowCount;

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

    /// <summary>The result object of a metric in a row, or null when the metric was not evaluated there.</summary>
    public MetricResult? Result(int row, int metric)
    {
        int slot = SlotOfMetric[metric];
        if (slot < 0 || row < 0)
        {
            return null;
        }

        int i = (slot * RowCount) + row;
        return Values[i] is null && Reasons[i] is null ? null : new MetricResult(this, row, metric);
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
