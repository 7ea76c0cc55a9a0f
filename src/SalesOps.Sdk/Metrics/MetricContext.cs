using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// What a metric sees when it is evaluated for one period and segment: the aggregated facts and the results of the
/// metrics it depends on, in this period and earlier ones.
/// </summary>
/// <remarks>Valid only during the <see cref="IMetric.Evaluate"/> call it is passed to.</remarks>
public sealed class MetricContext
{
    private readonly EvaluationSeries _series;
    private int _periodIndex;
    private MetricDefinition _current;

    internal MetricContext(EvaluationSeries series, int periodIndex, FactCell cell)
    {
        _series = series;
        _periodIndex = periodIndex;
        Cell = cell;
        _current = null!; // Set by Begin before every evaluation; the catalog may be empty.
    }

    /// <summary>The period being evaluated.</summary>
    public ReportingPeriod Period => Cell.Period;

    /// <summary>The segment being evaluated.</summary>
    public Segment Segment => Cell.Segment;

    /// <summary>The aggregated facts of the period and segment.</summary>
    public FactCell Cell { get; private set; }

    /// <summary>The number of fact rows in the cell.</summary>
    public long RowCount => Cell.RowCount;

    /// <summary>The number of distinct dates with rows in the cell.</summary>
    public int DateCount => Cell.DateCount;

    /// <summary>The reporting calendar of the data.</summary>
    public ReportingCalendar Calendar => _series.Cube.Calendar;

    /// <summary>A measure's period value by its own aggregation rule, or null when the data has no such column.</summary>
    public decimal? Measure(string measureId) => Cell.GetValue(measureId);

    /// <summary>A measure's period value by an explicit rule, or null when the data has no such column.</summary>
    public decimal? Measure(string measureId, TimeAggregation aggregation) => Cell.GetValue(measureId, aggregation);

    /// <summary>The result of a metric this one depends on, for the same period and segment.</summary>
    /// <exception cref="InvalidOperationException">The metric is not among this metric's declared dependencies.</exception>
    public MetricResult Metric(string metricId) =>
        _series.Get(_periodIndex, DependencyIndex(metricId))
        ?? throw new InvalidOperationException($"Metric '{metricId}' has not been evaluated before '{_current.Id}'.");

    /// <summary>
    /// The result of a metric (this one or a dependency) for the same segment in the previous period of the series,
    /// or null when there is none (first period, or no rows for the segment then).
    /// </summary>
    public MetricResult? Previous(string metricId)
    {
        int index = metricId == _current.Id ? _series.Catalog.IndexOf(metricId) : DependencyIndex(metricId);
        return _periodIndex == 0 ? null : _series.Get(_periodIndex - 1, index);
    }

    /// <summary>
    /// The result of a metric for the same segment in the same period last year, or null with the reason in
    /// <paramref name="reason"/> (the calendar has no counterpart, e.g. week 53, or the data has no rows then).
    /// </summary>
    public MetricResult? SamePeriodLastYear(string metricId, out string? reason)
    {
        int index = metricId == _current.Id ? _series.Catalog.IndexOf(metricId) : DependencyIndex(metricId);
        PeriodComparison comparison = Calendar.SamePeriodLastYear(Period);
        if (!comparison.HasPeriod)
        {
            reason = comparison.Reason ?? "no same period last year";
            return null;
        }

        int lastYear = _series.IndexOfPeriod(comparison.Period!);
        MetricResult? result = lastYear < 0 ? null : _series.Get(lastYear, index);
        reason = result is null ? $"no data for {comparison.Period!.Label}" : null;
        return result;
    }

    /// <summary>
    /// The results of a metric for the same segment in up to <paramref name="count"/> periods before this one, oldest
    /// first (periods without rows are skipped).
    /// </summary>
    public IReadOnlyList<MetricResult> History(string metricId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        int index = metricId == _current.Id ? _series.Catalog.IndexOf(metricId) : DependencyIndex(metricId);
        var results = new List<MetricResult>();
        for (int p = _periodIndex - 1; p >= 0 && results.Count < count; p--)
        {
            if (_series.Get(p, index) is { } result)
            {
                results.Add(result);
            }
        }

        results.Reverse();
        return results;
    }

    internal void Begin(MetricDefinition current) => _current = current;

    /// <summary>Moves the context to another cell of the segment (a context is only valid during one evaluation).</summary>
    internal void MoveTo(int periodIndex, FactCell cell)
    {
        _periodIndex = periodIndex;
        Cell = cell;
    }

    private int DependencyIndex(string metricId)
    {
        if (!_current.Dependencies.Contains(metricId))
        {
            throw new InvalidOperationException(
                $"Metric '{_current.Id}' reads '{metricId}' but does not declare it in Dependencies.");
        }

        return _series.Catalog.IndexOf(metricId);
    }
}
