using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The rows of one segment over the periods of a cube, as the <see cref="MetricContext"/> of a metric sees them: a
/// view of the segment's positions in the <see cref="EvaluationStore"/>. <see cref="MetricResult"/> objects are made
/// on demand from the stored value and reason.
/// </summary>
internal sealed class EvaluationSeries
{
    private readonly EvaluationStore _store;
    private readonly int[] _rowOfPeriod;

    /// <summary>Creates the view of a segment of the store.</summary>
    public EvaluationSeries(EvaluationStore store, int segment)
    {
        _store = store;
        Segment = store.Cube.Segments[segment];
        _rowOfPeriod = new int[store.Cube.Periods.Length];
        Array.Fill(_rowOfPeriod, -1);
        for (int k = store.SegmentStart[segment]; k < store.SegmentStart[segment + 1]; k++)
        {
            int row = store.RowsBySegment[k];
            _rowOfPeriod[store.PeriodOfRow[row]] = row;
        }
    }

    public MetricCatalog Catalog => _store.Catalog;

    public FactCube Cube => _store.Cube;

    public Segment Segment { get; }

    /// <summary>The row of a period, or −1 when the segment has no cell then.</summary>
    public int RowOf(int period) => _rowOfPeriod[period];

    /// <summary>The result of a metric in a period, or null when the segment has no cell then or the metric was not evaluated.</summary>
    public MetricResult? Get(int period, int metric) => _store.Result(_rowOfPeriod[period], metric);

    public int IndexOfPeriod(ReportingPeriod period) => _store.IndexOfPeriod(period);

    /// <summary>
    /// Evaluates a metric again for a period with a cell, over the stored results, for its explanation inputs: metrics
    /// are pure and read only this period and earlier ones, so this gives the same value and inputs as the evaluation.
    /// </summary>
    public MetricValue Recompute(int period, int metric)
    {
        IMetric definition = Catalog.Ordered[metric];
        var context = new MetricContext(this, period, Cube.Cells[_rowOfPeriod[period]]);
        context.Begin(definition.Definition);
        return MetricEngine.SafeEvaluate(definition, context);
    }
}
