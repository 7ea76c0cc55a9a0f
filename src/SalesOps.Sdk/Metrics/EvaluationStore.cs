using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The compact storage of one evaluation: the value and the reason of every metric of the closure for every cell, in
/// two flat arrays (each segment's cells contiguous, in period order, one slot per evaluated metric). Explanation
/// inputs are not kept: a result recomputes them on demand by evaluating its (pure) metric again.
/// </summary>
internal sealed class EvaluationStore
{
    public EvaluationStore(MetricCatalog catalog, FactCube cube, Dictionary<ReportingPeriod, int> periodIndex, int[] slotOfMetric, int slots, int[] requestedIndex)
    {
        Catalog = catalog;
        Cube = cube;
        PeriodIndex = periodIndex;
        SlotOfMetric = slotOfMetric;
        Slots = slots;
        RequestedIndex = requestedIndex;
        Values = new decimal?[cube.Cells.Length * slots];
        Reasons = new string?[cube.Cells.Length * slots];
    }

    public MetricCatalog Catalog { get; }

    public FactCube Cube { get; }

    public Dictionary<ReportingPeriod, int> PeriodIndex { get; }

    /// <summary>The slot of a catalog index, −1 for a metric outside the closure (which no evaluated metric can read).</summary>
    public int[] SlotOfMetric { get; }

    public int Slots { get; }

    /// <summary>The catalog indexes of the requested metrics, in the requested order.</summary>
    public int[] RequestedIndex { get; }

    public decimal?[] Values { get; }

    /// <summary>The reasons; a position with neither a value nor a reason has not been evaluated.</summary>
    public string?[] Reasons { get; }
}
