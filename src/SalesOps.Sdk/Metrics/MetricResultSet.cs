using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// Evaluated metrics: one row per period × segment that has facts, in period then segment order.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class MetricResultSet
{
    private readonly Lazy<Dictionary<(ReportingPeriod, Segment), MetricResultRow>> _index;

    internal MetricResultSet(FactCube cube, ImmutableArray<MetricDefinition> metrics, ImmutableArray<MetricResultRow> rows)
    {
        Cube = cube;
        Metrics = metrics;
        Rows = rows;
        _index = new(() => rows.ToDictionary(r => (r.Period, r.Segment))); // built on the first Get: most callers only read Rows
    }

    /// <summary>The facts the metrics were evaluated on.</summary>
    public FactCube Cube { get; }

    /// <summary>The requested metrics, in the requested order.</summary>
    public ImmutableArray<MetricDefinition> Metrics { get; }

    /// <summary>The rows, by period then segment.</summary>
    public ImmutableArray<MetricResultRow> Rows { get; }

    /// <summary>The periods, in date order.</summary>
    public ImmutableArray<ReportingPeriod> Periods => Cube.Periods;

    /// <summary>The result of a metric for a period and segment, or null when that cell has no facts.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not requested.</exception>
    public MetricResult? Get(ReportingPeriod period, Segment segment, string metricId)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(segment);
        return _index.Value.TryGetValue((period, segment), out MetricResultRow? row) ? row[metricId] : null;
    }

    /// <summary>The results of a metric for one segment, in period order (periods without facts are absent).</summary>
    public IReadOnlyList<MetricResult> Series(string metricId, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return [.. Rows.Where(r => r.Segment.Equals(segment)).Select(r => r[metricId])];
    }
}
