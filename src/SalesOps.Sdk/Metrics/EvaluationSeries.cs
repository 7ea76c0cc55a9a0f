using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>The results of every metric for one segment over the periods of a cube, filled in period order.</summary>
internal sealed class EvaluationSeries
{
    private readonly MetricResult?[] _results;
    private readonly Dictionary<ReportingPeriod, int> _periodIndex;

    public EvaluationSeries(MetricCatalog catalog, FactCube cube, Dictionary<ReportingPeriod, int> periodIndex)
    {
        Catalog = catalog;
        Cube = cube;
        _periodIndex = periodIndex;
        _results = new MetricResult?[cube.Periods.Length * catalog.Count];
    }

    public MetricCatalog Catalog { get; }

    public FactCube Cube { get; }

    public MetricResult? Get(int period, int metric) => _results[(period * Catalog.Count) + metric];

    public void Set(int period, int metric, MetricResult result) => _results[(period * Catalog.Count) + metric] = result;

    public int IndexOfPeriod(ReportingPeriod period) => _periodIndex.TryGetValue(period, out int index) ? index : -1;
}
