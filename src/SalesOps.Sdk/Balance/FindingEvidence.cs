namespace SalesOps.Sdk.Balance;

/// <summary>One piece of evidence of a finding: how a KPI moved between the periods compared, and the threshold it crossed.</summary>
/// <param name="MetricId">The KPI.</param>
/// <param name="EarlierPeriods">The earlier periods, e.g. <c>2024-01..2024-03</c>.</param>
/// <param name="LaterPeriods">The recent periods, e.g. <c>2024-04..2024-06</c>.</param>
/// <param name="Before">The KPI's mean over the earlier periods.</param>
/// <param name="After">The KPI's mean over the recent periods.</param>
/// <param name="Threshold">The rule's threshold in words, e.g. <c>rise ≥ 25 %</c>.</param>
/// <param name="Observation">What happened, e.g. <c>promo_intensity rose 0.01 → 0.12 (+1100 %)</c>.</param>
public sealed record FindingEvidence(
    string MetricId,
    string EarlierPeriods,
    string LaterPeriods,
    decimal? Before,
    decimal? After,
    string Threshold,
    string Observation);
