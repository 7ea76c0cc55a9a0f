using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The results of the evaluated metrics for one segment over the periods of a cube, filled in period order: a view
/// of the segment's positions in the <see cref="EvaluationStore"/>. <see cref="MetricResult"/> objects are made on
/// demand from the stored value and reason.
/// </summary>
internal sealed class EvaluationSeries
{
    private readonly EvaluationStore _store;
    private readonly int[] _positionOfPeriod;
    private readonly int[] _cellOfPeriod;

    /// <summary>Creates the view of a segment whose cells (cube cell indexes, in period order) start at <paramref name="firstPosition"/>.</summary>
    public EvaluationSeries(EvaluationStore store, Segment segment, int firstPosition, List<int> cells)
    {
        _store = store;
        Segment = segment;
        int periods = store.Cube.Periods.Length;
        _positionOfPeriod = new int[periods];
        _cellOfPeriod = new int[periods];
        Array.Fill(_positionOfPeriod, -1);
        Array.Fill(_cellOfPeriod, -1);
        for (int k = 0; k < cells.Count; k++)
        {
            int p = store.PeriodIndex[store.Cube.Cells[cells[k]].Period];
            _positionOfPeriod[p] = firstPosition + k;
            _cellOfPeriod[p] = cells[k];
        }
    }

    public MetricCatalog Catalog => _store.Catalog;

    public FactCube Cube => _store.Cube;

    public Segment Segment { get; }

    /// <summary>The result of a metric in a period, or null when the segment has no cell then or the metric was not evaluated.</summary>
    public MetricResult? Get(int period, int metric)
    {
        int slot = _store.SlotOfMetric[metric];
        int position = _positionOfPeriod[period];
        if (slot < 0 || position < 0)
        {
            return null;
        }

        int i = (position * _store.Slots) + slot;
        return _store.Values[i] is null && _store.Reasons[i] is null ? null : new MetricResult(this, period, metric);
    }

    /// <summary>The stored value of an evaluated metric in a period with a cell.</summary>
    public decimal? ValueAt(int period, int metric) => _store.Values[Position(period, metric)];

    /// <summary>The stored reason of an evaluated metric in a period with a cell.</summary>
    public string? ReasonAt(int period, int metric) => _store.Reasons[Position(period, metric)];

    public void Set(int period, int metric, MetricValue value)
    {
        int i = Position(period, metric);
        _store.Values[i] = value.Value;
        _store.Reasons[i] = value.Reason;
    }

    public int IndexOfPeriod(ReportingPeriod period) => _store.PeriodIndex.TryGetValue(period, out int index) ? index : -1;

    /// <summary>The results of the requested metrics in a period with a cell, in the requested order.</summary>
    public MetricResult[] Row(int period)
    {
        int[] requested = _store.RequestedIndex;
        var results = new MetricResult[requested.Length];
        for (int r = 0; r < results.Length; r++)
        {
            results[r] = Get(period, requested[r])!;
        }

        return results;
    }

    /// <summary>
    /// Evaluates a metric again for a period with a cell, over the stored results, for its explanation inputs: metrics
    /// are pure and read only this period and earlier ones, so this gives the same value and inputs as the evaluation.
    /// </summary>
    public MetricValue Recompute(int period, int metric)
    {
        IMetric definition = Catalog.Ordered[metric];
        var context = new MetricContext(this, period, Cube.Cells[_cellOfPeriod[period]]);
        context.Begin(definition.Definition);
        return MetricEngine.SafeEvaluate(definition, context);
    }

    private int Position(int period, int metric) => (_positionOfPeriod[period] * _store.Slots) + _store.SlotOfMetric[metric];
}
