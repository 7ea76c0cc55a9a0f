namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// One scored KPI of a scorecard evaluation, the input of the stage health: the metric, its score and its weight. A
/// scorecard evaluation feeds the value chain by turning each scored indicator into one of these.
/// </summary>
/// <param name="MetricId">The metric the indicator measures; its stage decides which stage's health it counts in.</param>
/// <param name="Score">The indicator's score, on the scorecard's scale (e.g. 0–100 or 0–1); stage health has the same scale.</param>
/// <param name="Weight">The indicator's weight, ≥ 0. Default 1.</param>
public readonly record struct StageHealthInput(string MetricId, decimal Score, decimal Weight = 1m);
