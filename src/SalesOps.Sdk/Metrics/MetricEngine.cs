using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// Evaluates metrics over a fact cube: every requested metric and its dependencies, once per period × segment, in
/// dependency order.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Segments are evaluated in parallel; within a segment periods go in date order so growth
/// metrics see earlier periods. A metric that throws yields "not available" with the exception as the reason.
/// </remarks>
public sealed class MetricEngine
{
    /// <summary>Creates an engine over a catalog.</summary>
    public MetricEngine(MetricCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
    }

    /// <summary>The metrics the engine knows.</summary>
    public MetricCatalog Catalog { get; }

    /// <summary>
    /// Evaluates metrics for every cell of the cube (roll the cube up first for totals or per-SKU figures).
    /// </summary>
    /// <param name="cube">The facts.</param>
    /// <param name="metricIds">The metrics to report; all of the catalog when null. Dependencies are evaluated too.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <exception cref="KeyNotFoundException">An id is unknown; the message lists the known ones.</exception>
    public MetricResultSet Evaluate(FactCube cube, IEnumerable<string>? metricIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ImmutableArray<string> requested = metricIds is null
            ? [.. Catalog.Definitions.Select(d => d.Id)]
            : [.. metricIds];
        IReadOnlyList<int> closure = Catalog.Closure(requested);
        int[] requestedIndex = [.. requested.Select(Catalog.IndexOf)];

        var periodIndex = new Dictionary<ReportingPeriod, int>();
        for (int i = 0; i < cube.Periods.Length; i++)
        {
            periodIndex[cube.Periods[i]] = i;
        }

        int[] slotOfMetric = new int[Catalog.Count];
        Array.Fill(slotOfMetric, -1);
        for (int i = 0; i < closure.Count; i++)
        {
            slotOfMetric[closure[i]] = i;
        }

        // The cube's cells are ordered by period then segment, the order of the result rows: each segment's cells are
        // kept as positions in that order (already in period order), and each row goes straight to its position.
        ImmutableArray<FactCell> cells = cube.Cells;
        ImmutableArray<Segment> segments = cube.Segments;
        var cellsBySegment = new Dictionary<Segment, List<int>>(segments.Length);
        for (int c = 0; c < cells.Length; c++)
        {
            ref List<int>? list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(cellsBySegment, cells[c].Segment, out _);
            (list ??= []).Add(c);
        }

        // Each segment's cells take consecutive positions of the store, in period order.
        var store = new EvaluationStore(Catalog, cube, periodIndex, slotOfMetric, closure.Count, requestedIndex);
        int[] firstPosition = new int[segments.Length];
        for (int s = 1; s < segments.Length; s++)
        {
            firstPosition[s] = firstPosition[s - 1] + cellsBySegment[segments[s - 1]].Count;
        }

        var ordered = new MetricResultRow[cells.Length];
        Parallel.For(
            0,
            segments.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            s =>
            {
                List<int> segmentCells = cellsBySegment[segments[s]];
                var series = new EvaluationSeries(store, segments[s], firstPosition[s], segmentCells);
                foreach (int c in segmentCells)
                {
                    FactCell cell = cells[c];
                    int p = periodIndex[cell.Period];
                    var context = new MetricContext(series, p, cell);
                    foreach (int m in closure)
                    {
                        IMetric metric = Catalog.Ordered[m];
                        context.Begin(metric.Definition);
                        series.Set(p, m, SafeEvaluate(metric, context));
                    }

                    ordered[c] = new MetricResultRow(series, p, cell);
                }
            });

        return new MetricResultSet(
            cube,
            [.. requestedIndex.Select(i => Catalog.Ordered[i].Definition)],
            System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(ordered));
    }

    internal static MetricValue SafeEvaluate(IMetric metric, MetricContext context)
    {
        try
        {
            MetricValue value = metric.Evaluate(context);
            return value.Value is null && value.Reason is null
                ? MetricValue.NotAvailable("the metric returned no value and no reason")
                : value;
        }
#pragma warning disable CA1031 // A host's metric must never take the evaluation down: its failure becomes the reason.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return MetricValue.NotAvailable($"metric '{metric.Definition.Id}' threw {ex.GetType().Name}: {ex.Message}");
        }
    }
}
