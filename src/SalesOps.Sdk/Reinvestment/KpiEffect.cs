using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>The expected effect of an initiative on one KPI, at full confidence.</summary>
/// <param name="MetricId">The KPI.</param>
/// <param name="Kind">Absolute (in <paramref name="Unit"/>) or relative (a fraction of the current value).</param>
/// <param name="Change">The expected change; its sign is the direction (−0.02 lowers the KPI).</param>
/// <param name="Unit">For an absolute effect, the unit it is stated in; it must be the KPI's unit. Null for relative effects.</param>
public sealed record KpiEffect(string MetricId, EffectKind Kind, decimal Change, MeasureUnit? Unit = null)
{
    /// <summary>An absolute change in the KPI's unit.</summary>
    public static KpiEffect Absolute(string metricId, decimal change, MeasureUnit unit) => new(metricId, EffectKind.Absolute, change, unit);

    /// <summary>A relative change (0.03 = +3 %).</summary>
    public static KpiEffect Relative(string metricId, decimal change) => new(metricId, EffectKind.Relative, change);
}
