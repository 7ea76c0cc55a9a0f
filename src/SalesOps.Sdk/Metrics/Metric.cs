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
        return new DelegateMetric(definition with { Measures = [measureId] }, operand.Read);
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
        return new DelegateMetric(full, context =>
        {
            var inputs = new MetricInput[2];
            decimal? n = numerator.Read(context, out inputs[0], out string? numeratorReason);
            decimal? d = denominator.Read(context, out inputs[1], out string? denominatorReason);
            if (n is not { } top)
            {
                return MetricValue.Owned(null, numeratorReason, inputs);
            }

            if (d is not { } bottom)
            {
                return MetricValue.Owned(null, denominatorReason, inputs);
            }

            return bottom == 0m
                ? MetricValue.Owned(null, $"division by zero: {denominator.Id} is 0", inputs)
                : MetricValue.Owned(factor * top / bottom, null, inputs);
        });
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
        return new DelegateMetric(full, context =>
        {
            MetricResult current = context.Metric(baseMetricId);
            MetricResult? before;
            string? missing;
            if (basis == GrowthBasis.PreviousPeriod)
            {
                before = context.Previous(baseMetricId);
                missing = before is null ? "no previous period" : null;
            }
            else
            {
                before = context.SamePeriodLastYear(baseMetricId, out missing);
            }

            string label = basis == GrowthBasis.PreviousPeriod ? "previous" : "last_year";
            MetricInput[] inputs = [new(baseMetricId, current.Value), new($"{baseMetricId}_{label}", before?.Value)];
            if (before is null)
            {
                return MetricValue.NotAvailable(missing ?? "no comparison period", inputs);
            }

            if (current.Value is not { } now)
            {
                return MetricValue.NotAvailable($"{baseMetricId} is not available: {current.Reason}", inputs);
            }

            if (before.Value is not { } then)
            {
                return MetricValue.NotAvailable($"{baseMetricId} of {before.Period.Label} is not available: {before.Reason}", inputs);
            }

            return then == 0m
                ? MetricValue.NotAvailable($"division by zero: {baseMetricId} of {before.Period.Label} is 0", inputs)
                : MetricValue.Of((now / then) - 1m, inputs);
        });
    }

    private sealed class DelegateMetric(MetricDefinition definition, Func<MetricContext, MetricValue> compute) : IMetric
    {
        public MetricDefinition Definition { get; } = definition;

        public MetricValue Evaluate(MetricContext context) => compute(context);
    }
}
