using System.Runtime.CompilerServices;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// Factories for the metric kinds of a semantic layer: simple (a measure), ratio, derived (a function of other
/// metrics and measures), and growth. For anything else implement <see cref="IMetric"/>.
/// </summary>
public static class Metric
{
    /// <summary>A measure's period value (e.g. <c>revenue</c>, or the <c>Last</c> value of <c>on_hand_units</c>).</summary>
    /// <param name="definition">The metric definition; its <see cref="MetricDefinition.Measures"/> is set to the measure.</param>
    /// <param name="measureId">The measure.</param>
    /// <param name="aggregation">A time-aggregation rule other than the measure's own, or null.</param>
    public static IMetric Simple(MetricDefinition definition, string measureId, TimeAggregation? aggregation = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        MetricOperand operand = MetricOperand.Measure(measureId, aggregation);
        return new FormulaMetric(definition with { Measures = [measureId] }, [operand], readsDateCount: false, Identity, FormulaMetric.FormulaShape.Identity);
    }

    /// <summary>
    /// <c>factor × numerator / denominator</c>; "not available" when the denominator is 0 or an operand is missing.
    /// Metric operands become dependencies.
    /// </summary>
    public static IMetric Ratio(MetricDefinition definition, MetricOperand numerator, MetricOperand denominator, decimal factor = 1m)
    {
        ArgumentNullException.ThrowIfNull(definition);
        MetricDefinition full = definition with
        {
            Dependencies = [.. definition.Dependencies.Union(new[] { numerator, denominator }.Where(o => o.IsMetric).Select(o => o.Id))],
            Measures = [.. definition.Measures.Union(new[] { numerator, denominator }.Where(o => !o.IsMetric).Select(o => o.Id))],
        };
        string divisionByZero = $"division by zero: {denominator.Id} is 0";
        bool plain = factor == 1m && factor.Scale == 0; // × 1 (scale 0) changes neither the value nor its scale
        return new FormulaMetric(full, [numerator, denominator], readsDateCount: false, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (ReadOnlySpan<decimal> values, int _, out string? reason) =>
        {
            decimal bottom = values[1];
            if (bottom == 0m)
            {
                reason = divisionByZero;
                return null;
            }

            reason = null;
            return plain ? values[0] / bottom : factor * values[0] / bottom;
        },
        FormulaMetric.FormulaShape.Ratio,
        factor);
    }

    /// <summary>
    /// A metric computed by a function of the context (other metrics through <see cref="MetricContext.Metric"/>,
    /// measures through <see cref="MetricContext.Measure(string)"/>); declare the metrics it reads in
    /// <see cref="MetricDefinition.Dependencies"/>.
    /// </summary>
    public static IMetric Derived(MetricDefinition definition, Func<MetricContext, MetricValue> compute)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(compute);
        return new DelegateMetric(definition, compute);
    }

    /// <summary>
    /// <c>current / comparison − 1</c> of a base metric, against the previous period or the same period last year;
    /// "not available" for the first period, a missing comparison period, or a comparison value of 0.
    /// </summary>
    public static IMetric Growth(MetricDefinition definition, string baseMetricId, GrowthBasis basis)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseMetricId);
        MetricDefinition full = definition with { Dependencies = [.. definition.Dependencies.Union([baseMetricId])] };
        return new GrowthMetric(full, baseMetricId, basis);
    }

    private static decimal? Identity(ReadOnlySpan<decimal> values, int dateCount, out string? reason)
    {
        reason = null;
        return values[0];
    }

    private sealed class DelegateMetric(MetricDefinition definition, Func<MetricContext, MetricValue> compute) : IMetric
    {
        public MetricDefinition Definition { get; } = definition;

        public MetricValue Evaluate(MetricContext context) => compute(context);
    }
}
