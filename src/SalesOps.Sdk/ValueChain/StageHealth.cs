using System.Collections.Immutable;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// The health of a stage: the weighted mean score of its KPIs in a scorecard evaluation, Σ(weight × score) / Σ weight,
/// or not available with the reason (no scored KPI of the stage, or weights summing to 0).
/// </summary>
/// <param name="StageId">The stage.</param>
/// <param name="Score">The weighted mean score, with the inputs (<c>metric_id × weight</c>) that made it.</param>
/// <param name="Inputs">The scored KPIs of the stage.</param>
public sealed record StageHealth(string StageId, MetricValue Score, ImmutableArray<StageHealthInput> Inputs);
