namespace SalesOps.Sdk.Metrics;

/// <summary>
/// Collects metrics and builds a <see cref="MetricCatalog"/> once; adding after <see cref="Build"/> throws.
/// </summary>
/// <remarks>Not thread-safe; the catalog it builds is.</remarks>
public sealed class MetricCatalogBuilder
{
    private readonly List<IMetric> _metrics = [];
    private MetricCatalog? _built;

    /// <summary>Creates a builder, with the standard metrics unless <paramref name="includeStandard"/> is false.</summary>
    public MetricCatalogBuilder(bool includeStandard = true)
    {
        if (includeStandard)
        {
            _metrics.AddRange(StandardMetrics.All);
        }
    }

    /// <summary>Adds a metric; one with the id of an earlier one replaces it.</summary>
    /// <exception cref="InvalidOperationException">The catalog has already been built.</exception>
    public MetricCatalogBuilder Add(IMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (_built is not null)
        {
            throw new InvalidOperationException($"Cannot add metric '{metric.Definition.Id}': the metric catalog has already been built.");
        }

        _metrics.RemoveAll(m => m.Definition.Id == metric.Definition.Id);
        _metrics.Add(metric);
        return this;
    }

    /// <summary>Validates and builds the catalog (once; later calls return the same catalog).</summary>
    /// <exception cref="MetricCatalogException">Unknown dependencies or a cycle.</exception>
    public MetricCatalog Build() => _built ??= MetricCatalog.Create(_metrics);
}
