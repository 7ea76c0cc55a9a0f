using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>The results of the requested metrics for one period and segment, in the requested order.</summary>
/// <param name="Period">The period.</param>
/// <param name="Segment">The segment.</param>
/// <param name="Results">One result per requested metric.</param>
/// <remarks>
/// A row made by <see cref="MetricEngine"/> builds its <see cref="Results"/> on first access (from the engine's
/// compact storage) and keeps them: every access returns the same objects.
/// </remarks>
public sealed record MetricResultRow(ReportingPeriod Period, Segment Segment, ImmutableArray<MetricResult> Results)
{
    private readonly EvaluationStore? _store;
    private readonly int _row;
    private MetricResult[]? _results = ImmutableCollectionsMarshal.AsArray(Results);

    internal MetricResultRow(EvaluationStore store, int row, FactCell cell)
        : this(cell.Period, cell.Segment, default(ImmutableArray<MetricResult>))
    {
        _store = store;
        _row = row;
    }

    /// <summary>One result per requested metric.</summary>
    public ImmutableArray<MetricResult> Results
    {
        get => ImmutableCollectionsMarshal.AsImmutableArray(_results ?? Build());
        init
        {
            _results = ImmutableCollectionsMarshal.AsArray(value);
            _store = null;
        }
    }

    /// <summary>The result of a metric in this row.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not requested.</exception>
    public MetricResult this[string metricId] =>
        Results.FirstOrDefault(r => r.MetricId == metricId)
        ?? throw new KeyNotFoundException($"Metric '{metricId}' is not among the evaluated metrics.");

    /// <summary>Whether the other row has the same period, segment and results.</summary>
    public bool Equals(MetricResultRow? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Period.Equals(other.Period)
                && Segment.Equals(other.Segment)
                && (_store is not null && ReferenceEquals(_store, other._store)
                    ? _row == other._row
                    : Results.Equals(other.Results))));

    /// <summary>A hash of the period and segment.</summary>
    public override int GetHashCode() => HashCode.Combine(Period, Segment);

    private MetricResult[]? Build()
    {
        if (_store is null)
        {
            return null;
        }

        MetricResult[] built = _store.Row(_row);
        return Interlocked.CompareExchange(ref _results, built, null) ?? built;
    }
}
