using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The results of the evaluated metrics for one segment over the periods of a cube, filled in period order. Only the
/// metrics of the evaluation's closure have room: <paramref name="slotOfMetric"/> maps a catalog index to its slot
/// (−1 for a metric outside the closure, which no evaluated metric can read).
/// </summary>
internal sealed class EvaluationSeries(MetricCatalog catalog, FactCube cube, Dictionary<ReportingPeriod, int> periodIndex, int[] slotOfMetric, int slots)
{
    private readonly MetricResult?[] _results = new MetricResult?[cube.Periods.Length * slots];

    public MetricCatalog Catalog { get; } = catalog;

    public FactCube Cube { get; } = cube;

    public MetricResult? Get(int period, int metric) =>
        slotOfMetric[metric] is var slot and >= 0 ? _results[(period * slots) + slot] : null;

    public void Set(int period, int metric, MetricResult result) => _results[(period * slots) + slotOfMetric[metric]] = result;

    public int IndexOfPeriod(ReportingPeriod period) => periodIndex.TryGetValue(period, out int index) ? index : -1;
}
