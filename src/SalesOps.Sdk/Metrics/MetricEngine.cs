using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// Evaluates metrics over a fact cube: every requested metric and its dependencies, once per period × segment, in
/// dependency order.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Metrics are evaluated one at a time in dependency order, each over all cells in
/// parallel. Metrics made by <see cref="Metric.Simple"/>, <see cref="Metric.Ratio"/> and <see cref="Metric.Growth"/>
/// (and the built-in formulas) are computed straight from the cube and their dependencies' stored values; any other
/// metric is called with a <see cref="MetricContext"/> per cell, one segment at a time with periods in date order, so
/// it can read its own and its dependencies' earlier periods.</para>
/// <para>A metric that throws yields "not available" with the exception as the reason.</para>
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

        int[] slotOfMetric = new int[Catalog.Count];
        Array.Fill(slotOfMetric, -1);
        for (int i = 0; i < closure.Count; i++)
        {
            slotOfMetric[closure[i]] = i;
        }

        // Column by column, in dependency order: a metric reads its dependencies' finished columns, and its own earlier
        // periods (rows are in period order, and each segment's rows are evaluated in period order).
        var store = new EvaluationStore(Catalog, cube, slotOfMetric, closure.Count, requestedIndex);
        IColumnMetric[] columnMetrics = [.. closure.Select(m => Catalog.Ordered[m]).OfType<IColumnMetric>()];
        store.LoadMeasureColumns(
            columnMetrics.SelectMany(m => m.RowOperands).Select(o => MeasureOf(cube, o)).OfType<(int, TimeAggregation)>(),
            columnMetrics.Select(m => m.IdentityOperand is { } o ? MeasureOf(cube, o) : null).OfType<(int, TimeAggregation)>(),
            cancellationToken);
        foreach (int m in closure)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IMetric metric = Catalog.Ordered[m];
            if (metric is IColumnMetric columnar)
            {
                EvaluateColumn(store, m, columnar, cancellationToken);
            }
            else
            {
                EvaluateBySegment(store, m, metric, cancellationToken);
            }
        }

        store.ReleaseWorkingColumns();
        return new MetricResultSet(cube, [.. requestedIndex.Select(i => Catalog.Ordered[i].Definition)], store);
    }

    /// <summary>The position in the cube and the time aggregation of a measure operand; null for a metric or a measure the cube lacks.</summary>
    private static (int Measure, TimeAggregation Aggregation)? MeasureOf(FactCube cube, MetricOperand operand)
    {
        int index = operand.IsMetric ? -1 : cube.Layout.IndexOf(operand.Id);
        return index < 0 ? null : (index, operand.Aggregation ?? cube.Layout.Measures[index].TimeAggregation);
    }

    /// <summary>A formula metric over all rows, in parallel chunks: no context, no allocation per row.</summary>
    private static void EvaluateColumn(EvaluationStore store, int metric, IColumnMetric columnar, CancellationToken cancellationToken)
    {
        string id = columnar is IMetric m ? m.Definition.Id : string.Empty;
        if (columnar.IdentityOperand is { } identity
            && MeasureOf(store.Cube, identity) is { } measure
            && store.MeasureColumn(measure.Measure, measure.Aggregation) is { } loaded)
        {
            // A measure read as it is: the loaded column is the result (it has a value in every row).
            store.AdoptValues(metric, loaded);
            return;
        }

        var output = new ColumnOutput(store, metric, store.Values(metric));
        ColumnKernel kernel;
        try
        {
            kernel = columnar.Bind(store);
        }
#pragma warning disable CA1031 // As in SafeEvaluate: the failure becomes every row's reason.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Array.Clear(output.Values);
            Array.Fill(store.EnsureReasons(metric), Failure(id, ex));
            return;
        }

        EvaluationStore.ParallelRows(store.RowCount, (from, to) => EvaluateRows(kernel, id, output, from, to), cancellationToken);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void EvaluateRows(ColumnKernel kernel, string id, ColumnOutput output, int from, int to)
    {
        int row = from;
        while (row < to)
        {
            try
            {
                kernel.Evaluate(ref row, to, output);
            }
#pragma warning disable CA1031 // As in SafeEvaluate: a failure becomes the reason of its row.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                output.Missing(row, Failure(id, ex));
                row++;
            }
        }
    }

    /// <summary>Any other metric through a <see cref="MetricContext"/>, one segment at a time in period order.</summary>
    private static void EvaluateBySegment(EvaluationStore store, int metric, IMetric definition, CancellationToken cancellationToken)
    {
        var output = new ColumnOutput(store, metric, store.Values(metric)); // made before the segments run in parallel
        int segments = store.Cube.Segments.Length;
        if (store.RowCount <= EvaluationStore.ChunkRows)
        {
            for (int s = 0; s < segments; s++)
            {
                EvaluateSegment(store, output, definition, s);
            }

            return;
        }

        Parallel.For(
            0,
            segments,
            new ParallelOptions { CancellationToken = cancellationToken },
            s => EvaluateSegment(store, output, definition, s));
    }

    private static void EvaluateSegment(EvaluationStore store, ColumnOutput output, IMetric definition, int segment)
    {
        EvaluationSeries series = store.Series(segment);
        MetricContext? context = null;
        for (int k = store.SegmentStart[segment]; k < store.SegmentStart[segment + 1]; k++)
        {
            int row = store.RowsBySegment[k];
            FactCell cell = store.Cube.Cells[row];
            if (context is null)
            {
                context = new MetricContext(series, store.PeriodOfRow[row], cell);
            }
            else
            {
                context.MoveTo(store.PeriodOfRow[row], cell);
            }

            context.Begin(definition.Definition);
            MetricValue value = SafeEvaluate(definition, context);
            output.Write(row, value.Value, value.Reason);
        }
    }

    internal const string NoValueNoReason = "the metric returned no value and no reason";

    private static string Failure(string metricId, Exception ex) => $"metric '{metricId}' threw {ex.GetType().Name}: {ex.Message}";

    internal static MetricValue SafeEvaluate(IMetric metric, MetricContext context)
    {
        try
        {
            MetricValue value = metric.Evaluate(context);
            return value.Value is null && value.Reason is null
                ? MetricValue.NotAvailable(NoValueNoReason)
                : value;
        }
#pragma warning disable CA1031 // A host's metric must never take the evaluation down: its failure becomes the reason.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return MetricValue.NotAvailable(Failure(metric.Definition.Id, ex));
        }
    }
}
