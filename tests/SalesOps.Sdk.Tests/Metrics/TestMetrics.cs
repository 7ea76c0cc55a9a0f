using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Tests.Metrics;

/// <summary>Small metric definitions and custom metrics for catalog and engine tests.</summary>
internal static class TestMetrics
{
    public static MetricDefinition Def(string id, params string[] dependencies) =>
        new MetricDefinition(id, id, MeasureUnit.Count, MetricDirection.HigherIsBetter, BusinessFunction.Sales, $"formula of {id}")
        {
            Dependencies = [.. dependencies],
        };

    /// <summary>A metric with the given dependencies whose value is the sum of theirs (or a constant without any).</summary>
    public static IMetric Sum(string id, params string[] dependencies) =>
        Metric.Derived(Def(id, dependencies), context =>
        {
            decimal total = dependencies.Length == 0 ? 1m : 0m;
            foreach (string dependency in dependencies)
            {
                total += context.Metric(dependency).Value ?? 0m;
            }

            return MetricValue.Of(total);
        });

    public static IMetric Constant(string id, decimal value) => Metric.Derived(Def(id), _ => MetricValue.Of(value));
}

/// <summary>A custom metric that always throws.</summary>
internal sealed class ThrowingMetric : IMetric
{
    public MetricDefinition Definition { get; } = TestMetrics.Def("throws");

    public MetricValue Evaluate(MetricContext context) => throw new InvalidOperationException("boom in the host metric");
}

/// <summary>A custom metric that counts how often it is evaluated (thread-safely).</summary>
internal sealed class CountingMetric : IMetric
{
    private int _calls;

    public MetricDefinition Definition { get; } = TestMetrics.Def("counted");

    public int Calls => Volatile.Read(ref _calls);

    public MetricValue Evaluate(MetricContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Interlocked.Increment(ref _calls);
        return MetricValue.Of(context.RowCount);
    }
}
