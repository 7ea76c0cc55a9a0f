using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// The SDK engine: the rows streamed through <see cref="FactAggregator.WriteScaledRow"/> (one aggregator per
/// partition when threads &gt; 1, merged exactly by <see cref="FactAggregation.FromPartitions"/>), then the KPI pack by
/// <see cref="MetricEngine"/> on <c>RollUp("sku")</c> and <c>Total()</c>. Everything runs on a task scheduler limited
/// to the thread count, so the engine's internal <c>Parallel.For</c> uses no more threads than the others.
/// </summary>
internal sealed class SalesOpsContender : IContender
{
    internal static readonly FactSchema Schema = new(
        ["sku"],
        [
            StandardMeasures.UnitsSold,
            StandardMeasures.Revenue,
            StandardMeasures.Cogs,
            StandardMeasures.OnHandUnits,
            StandardMeasures.OnHandValue,
            StandardMeasures.Stockout,
            StandardMeasures.ForecastUnits,
            StandardMeasures.OrderedUnits,
            StandardMeasures.ShippedUnits,
            StandardMeasures.PromoSpend,
            StandardMeasures.OperatingCost,
        ]);

    private ComparisonDataSet _data = null!;
    private int _threads;
    private TaskScheduler _scheduler = TaskScheduler.Default;
    private MetricEngine _engine = null!;

    public string Name => "salesops";

    public void Prepare(ComparisonDataSet data, int threads)
    {
        _data = data;
        _threads = threads;
        _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        _engine = new MetricEngine(MetricCatalog.Standard);
    }

    public object Run() =>
        Task.Factory.StartNew(Compute, CancellationToken.None, TaskCreationOptions.None, _scheduler).GetAwaiter().GetResult();

    public KpiTable ToTable(object results)
    {
        var (perSku, total) = ((MetricResultSet, MetricResultSet))results;
        var table = new KpiTable(_data.SkuCount, exact: true);
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _data.SkuNames.Length; i++)
        {
            codes[_data.SkuNames[i]] = i;
        }

        Fill(table, perSku, segment => codes[segment.Values[0]] + 1);
        Fill(table, total, _ => 0);
        return table;
    }

    public void Dispose()
    {
    }

    private (MetricResultSet PerSku, MetricResultSet Total) Compute()
    {
        FactCube cube = Aggregate();
        MetricResultSet perSku = _engine.Evaluate(cube.RollUp("sku"), StandardMetrics.KpiPack);
        MetricResultSet total = _engine.Evaluate(cube.Total(), StandardMetrics.KpiPack);

        // Rows build their results on first access: read every value, as the other contenders produce theirs.
        ReadAll(perSku);
        ReadAll(total);
        return (perSku, total);
    }

    /// <summary>The rows into one cube: one aggregator, or one per thread over a contiguous range, merged.</summary>
    private FactCube Aggregate()
    {
        FactCube cube;
        if (_threads == 1)
        {
            cube = FactAggregation.FromRows(new RowRange(_data, 0, _data.Rows.Length), ReportingCalendars.Gregorian, PeriodGrain.Month);
        }
        else
        {
            var partitions = new IFactRowSource[_threads];
            long size = _data.Rows.Length / _threads;
            for (int p = 0; p < _threads; p++)
            {
                int start = (int)(p * size);
                int end = p == _threads - 1 ? _data.Rows.Length : (int)((p + 1) * size);
                partitions[p] = new RowRange(_data, start, end);
            }

            cube = FactAggregation.FromPartitions(
                partitions, ReportingCalendars.Gregorian, PeriodGrain.Month, new FactAggregationOptions { MaxDegreeOfParallelism = _threads });
        }

        return cube;
    }

    private static void ReadAll(MetricResultSet results)
    {
        int available = 0;
        foreach (MetricDefinition metric in results.Metrics)
        {
            // Every value read (its scale, so the loop is not removed), and which rows have one.
            MetricColumn column = results.Column(metric.Id);
            available += column.Count - column.MissingCount;
            foreach (decimal value in column.Values)
            {
                available += value.Scale >> 8; // always 0: a scale is at most 28
            }
        }

        GC.KeepAlive(available);
    }

    /// <summary>
    /// Stopwatch breakdown of the SDK, stage by stage (the <c>--stages</c> option): first the ingestion alone on two
    /// threads, each round after a full garbage collection, while the process has used little memory (so the state
    /// lands in memory fresh from the operating system, as in a one-shot process); then ingestion on one thread and
    /// the evaluation on the default scheduler; then the evaluation alone, repeated, with wall and CPU time.
    /// </summary>
    public static void PrintStages(ComparisonDataSet data)
    {
        PrintTwoThreadIngestion(data);
        PrintEvaluationStages(data);
    }

    private static void PrintTwoThreadIngestion(ComparisonDataSet data)
    {
        var contender = new SalesOpsContender();
        contender.Prepare(data, threads: 2);
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (int round = 0; round < 8; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            FactCube cube = Task.Factory.StartNew(contender.Aggregate, CancellationToken.None, TaskCreationOptions.None, contender._scheduler).GetAwaiter().GetResult();
            wall.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            GC.KeepAlive(cube);
        }

        Console.WriteLine(
            $"Ingestion alone, two threads (FromPartitions of two halves), x8 after a full collection each: median wall {Median(wall):F3} s, "
            + $"median CPU {Median(cpu):F3} s; runs {string.Join(", ", wall.Select(w => w.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }

    private static void PrintEvaluationStages(ComparisonDataSet data)
    {
        var engine = new MetricEngine(MetricCatalog.Standard);
        FactCube? last = null;
        for (int round = 0; round < 3; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            long bytes0 = GC.GetTotalAllocatedBytes(precise: true);
            var aggregator = new FactAggregator(Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);
            new RowRange(data, 0, data.Rows.Length).WriteTo(aggregator, CancellationToken.None);
            double ingest = clock.Elapsed.TotalSeconds;
            long bytes1 = GC.GetTotalAllocatedBytes(precise: true);
            FactCube cube = aggregator.ToCube();
            double toCube = clock.Elapsed.TotalSeconds;
            long bytes2 = GC.GetTotalAllocatedBytes(precise: true);
            FactCube bySku = cube.RollUp("sku");
            last = bySku;
            double rollUp = clock.Elapsed.TotalSeconds;
            MetricResultSet perSku = engine.Evaluate(bySku, StandardMetrics.KpiPack);
            double evaluate = clock.Elapsed.TotalSeconds;
            FactCube total = cube.Total();
            double totalCube = clock.Elapsed.TotalSeconds;
            MetricResultSet totals = engine.Evaluate(total, StandardMetrics.KpiPack);
            double evaluateTotal = clock.Elapsed.TotalSeconds;
            long bytes3 = GC.GetTotalAllocatedBytes(precise: true);
            Console.WriteLine($"  allocated MB: ingestion {(bytes1 - bytes0) / 1e6:F1}, ToCube {(bytes2 - bytes1) / 1e6:F1}, the rest (evaluations, total cube) {(bytes3 - bytes2) / 1e6:F1}");
            var pause = GC.GetTotalPauseDuration();
            var c2 = System.Diagnostics.Stopwatch.StartNew();
            engine.Evaluate(bySku, ["revenue"]);
            double one = c2.Elapsed.TotalSeconds;
            c2.Restart();
            engine.Evaluate(bySku, ["gross_margin_rate"]);
            double ratio = c2.Elapsed.TotalSeconds;
            Console.WriteLine($"  evaluate revenue only {one:F3}; gross_margin_rate only {ratio:F3}; GC pause so far {GC.GetTotalPauseDuration().TotalSeconds:F3} s, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
            Console.WriteLine(
                $"ingest {ingest:F3}  ToCube {toCube - ingest:F3}  RollUp(sku) {rollUp - toCube:F3}  Evaluate(per sku, {perSku.Rows.Length} rows) {evaluate - rollUp:F3}  "
                + $"Total() {totalCube - evaluate:F3}  Evaluate(total) {evaluateTotal - totalCube:F3}  = {evaluateTotal:F3} s");
        }

        // The evaluation alone, repeated: wall time, and the process's CPU time (less sensitive to other load).
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (int repeat = 0; repeat < 8; repeat++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            MetricResultSet results = engine.Evaluate(last!, StandardMetrics.KpiPack);
            foreach (string id in StandardMetrics.KpiPack)
            {
                GC.KeepAlive(results.Column(id).Values.Length);
            }

            wall.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        wall.Sort();
        cpu.Sort();
        Console.WriteLine($"Evaluate(per sku) alone x8: median wall {wall[4]:F3} s, median CPU {cpu[4]:F3} s (min {wall[0]:F3} / {cpu[0]:F3})");
    }

    private static void Fill(KpiTable table, MetricResultSet results, Func<Segment, int> segmentOf)
    {
        MetricColumn[] columns = [.. Enumerable.Range(0, KpiTable.KpiCount).Select(k => results.Column(results.Metrics[k].Id))];
        for (int row = 0; row < results.Cube.Cells.Length; row++)
        {
            FactCell cell = results.Cube.Cells[row];
            int segment = segmentOf(cell.Segment);
            int month = cell.Period.Start.Month;
            for (int k = 0; k < KpiTable.KpiCount; k++)
            {
                if (columns[k][row] is { } value)
                {
                    table.SetExactValue(segment, month, k, value);
                }
            }

            table.SetExact(
                segment,
                month,
                FactValue.ToScaled(columns[KpiTable.RevenueIndex][row]!.Value),
                FactValue.ToScaled(columns[KpiTable.CogsIndex][row]!.Value));
        }
    }

    /// <summary>A range of the rows as a fact source: SKU codes encoded once, then the allocation-free fast path.</summary>
    private sealed class RowRange(ComparisonDataSet data, int start, int end) : IFactRowSource
    {
        public FactSchema Schema => SalesOpsContender.Schema;

        public void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken)
        {
            var aggregator = (FactAggregator)writer;
            int[] codes = new int[data.SkuNames.Length];
            for (int s = 0; s < codes.Length; s++)
            {
                codes[s] = aggregator.EncodeDimension(0, data.SkuNames[s]);
            }

            SalesRow[] rows = data.Rows;
            Span<int> key = stackalloc int[1];
            for (int i = start; i < end; i++)
            {
                ref SalesRow row = ref rows[i];
                key[0] = codes[row.Sku];
                aggregator.WriteScaledRow(row.Date, key, SalesRow.Measures(ref row));
            }
        }
    }
}
