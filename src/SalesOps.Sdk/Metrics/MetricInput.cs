namespace SalesOps.Sdk.Metrics;

/// <summary>A named input of a metric's computation, for its explanation (e.g. <c>revenue = 500268.23</c>).</summary>
/// <param name="Name">The measure or metric id.</param>
/// <param name="Value">The value, or null when it was not available.</param>
public readonly record struct MetricInput(string Name, decimal? Value);
