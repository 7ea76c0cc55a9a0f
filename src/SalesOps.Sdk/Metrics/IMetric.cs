namespace SalesOps.Sdk.Metrics;

/// <summary>
/// A metric: the extension point for hosts' own KPIs. Implement it (or use the factories of <see cref="Metric"/>)
/// and register it with <c>AddMetric</c>.
/// </summary>
/// <remarks>
/// <see cref="Evaluate"/> must be thread-safe and free of side effects: the engine may call it for many cells at
/// once. An exception it throws is caught and becomes a "not available" result naming it; it never reaches the host.
/// </remarks>
public interface IMetric
{
    /// <summary>What the metric is.</summary>
    MetricDefinition Definition { get; }

    /// <summary>Computes the metric for one period and segment.</summary>
    /// <param name="context">The facts of the cell and the values of the metrics this one depends on.</param>
    MetricValue Evaluate(MetricContext context);
}
