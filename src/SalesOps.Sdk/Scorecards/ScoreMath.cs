namespace SalesOps.Sdk.Scorecards;

/// <summary>Small arithmetic shared by the built-in scoring methods.</summary>
internal static class ScoreMath
{
    public static decimal Clamp01(decimal value) => Math.Clamp(value, 0m, 1m);

    public static decimal Required(decimal? value, string field, Indicator indicator) =>
        value ?? throw new InvalidOperationException($"indicator '{indicator.Metric}' has no {field}");
}
