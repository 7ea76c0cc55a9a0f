using System.Collections.Immutable;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// An immutable, validated set of metrics in dependency order: every dependency exists, no cycles.
/// </summary>
/// <remarks>Thread-safe. Build one with <see cref="Create"/>, <see cref="With"/>, or <see cref="MetricCatalogBuilder"/>.</remarks>
public sealed class MetricCatalog
{
    private readonly Dictionary<string, int> _index;

    private MetricCatalog(ImmutableArray<IMetric> ordered)
    {
        Ordered = ordered;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Length; i++)
        {
            _index[ordered[i].Definition.Id] = i;
        }
    }

    /// <summary>The built-in KPI catalog (<see cref="StandardMetrics.All"/>).</summary>
    public static MetricCatalog Standard { get; } = Create(StandardMetrics.All);

    /// <summary>The metrics, each after the metrics it depends on.</summary>
    public ImmutableArray<IMetric> Ordered { get; }

    /// <summary>The number of metrics.</summary>
    public int Count => Ordered.Length;

    /// <summary>The definitions, in dependency order.</summary>
    public IEnumerable<MetricDefinition> Definitions => Ordered.Select(m => m.Definition);

    /// <summary>Whether a metric with the id exists.</summary>
    public bool Contains(string metricId) => _index.ContainsKey(metricId);

    /// <summary>The metric with the id.</summary>
    /// <exception cref="KeyNotFoundException">No metric has that id; the message lists the known ids.</exception>
    public IMetric this[string metricId] => Ordered[IndexOfOrThrow(metricId)];

    /// <summary>
    /// Validates and orders metrics: ids unique, every dependency known, no cycle.
    /// </summary>
    /// <exception cref="MetricCatalogException">Duplicate ids, unknown dependencies, or a cycle (with its path, <c>a -> b -> a</c>).</exception>
    public static MetricCatalog Create(IEnumerable<IMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        List<IMetric> list = [.. metrics];
        var byId = new Dictionary<string, IMetric>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (IMetric metric in list)
        {
            if (metric?.Definition is null)
            {
                problems.Add("a metric or its definition is null");
                continue;
            }

            if (!byId.TryAdd(metric.Definition.Id, metric))
            {
                problems.Add($"metric id '{metric.Definition.Id}' is defined twice");
            }
        }

        foreach (IMetric metric in byId.Values)
        {
            foreach (string dependency in metric.Definition.Dependencies)
            {
                if (!byId.ContainsKey(dependency))
                {
                    problems.Add($"metric '{metric.Definition.Id}' depends on unknown metric '{dependency}'");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new MetricCatalogException(problems);
        }

        // Depth-first topological order, keeping the given order where dependencies allow.
        var ordered = new List<IMetric>(byId.Count);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = visiting, 2 = done
        var path = new List<string>();
        foreach (IMetric metric in list)
        {
            Visit(metric.Definition.Id);
        }

        return new MetricCatalog([.. ordered]);

        void Visit(string id)
        {
            if (state.TryGetValue(id, out int s))
            {
                if (s == 1)
                {
                    int start = path.IndexOf(id);
                    string cycle = string.Join(" -> ", path.Skip(start).Append(id));
                    throw new MetricCatalogException([$"metric dependencies form a cycle: {cycle}"]);
                }

                return;
            }

            state[id] = 1;
            path.Add(id);
            foreach (string dependency in byId[id].Definition.Dependencies)
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
            ordered.Add(byId[id]);
        }
    }

    /// <summary>A catalog with additional metrics; a metric with an existing id replaces it.</summary>
    /// <exception cref="MetricCatalogException">The result is invalid (unknown dependency, cycle).</exception>
    public MetricCatalog With(IEnumerable<IMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        List<IMetric> added = [.. metrics];
        var replaced = new HashSet<string>(added.Select(m => m.Definition.Id), StringComparer.Ordinal);
        return Create(Ordered.Where(m => !replaced.Contains(m.Definition.Id)).Concat(added));
    }

    /// <summary>The position of a metric in <see cref="Ordered"/>, or −1.</summary>
    public int IndexOf(string metricId) => _index.TryGetValue(metricId, out int index) ? index : -1;

    /// <summary>
    /// The metrics needed to evaluate <paramref name="metricIds"/>: them and their dependencies, transitively, in order.
    /// </summary>
    /// <exception cref="KeyNotFoundException">An id is unknown; the message lists the known ids.</exception>
    public IReadOnlyList<int> Closure(IEnumerable<string> metricIds)
    {
        ArgumentNullException.ThrowIfNull(metricIds);
        var needed = new HashSet<int>();
        var stack = new Stack<int>(metricIds.Select(IndexOfOrThrow));
        while (stack.Count > 0)
        {
            int i = stack.Pop();
            if (needed.Add(i))
            {
                foreach (string dependency in Ordered[i].Definition.Dependencies)
                {
                    stack.Push(_index[dependency]);
                }
            }
        }

        return [.. needed.Order()];
    }

    private int IndexOfOrThrow(string metricId) =>
        _index.TryGetValue(metricId, out int index)
            ? index
            : throw new KeyNotFoundException($"Unknown metric '{metricId}'. Known metrics: {string.Join(", ", Ordered.Select(m => m.Definition.Id).Order(StringComparer.Ordinal))}.");
}
