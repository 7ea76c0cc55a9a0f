using System.Collections.Immutable;

namespace SalesOps.Sdk.Balance;

/// <summary>
/// How the balance is measured: which KPIs make up sales momentum and operational health and how they are
/// normalised, the balanced band, the minimum history, the rule thresholds and the rules.
/// </summary>
public sealed record BalanceOptions
{
    /// <summary>The retail defaults (<see cref="Retail"/>).</summary>
    public static BalanceOptions Default => Retail;

    /// <summary>
    /// Retail: momentum from revenue growth (weight 2), growth of margin after promotion, market-share change and the
    /// customer KPIs where the data has them; health from stockout rate (weight 2), fill rate, days of supply in a
    /// 7–12 day band, annualised turnover, operating cost ratio and WAPE.
    /// </summary>
    public static BalanceOptions Retail { get; } = new()
    {
        SalesIndicators =
        [
            BalanceIndicator.Linear("revenue", IndicatorBasis.Change, -0.10m, 0.10m, weight: 2m),
            BalanceIndicator.Linear("promo_adjusted_margin", IndicatorBasis.Change, -0.10m, 0.10m),
            BalanceIndicator.Linear("market_share", IndicatorBasis.Change, -0.05m, 0.05m),
            BalanceIndicator.Linear("customer_satisfaction", IndicatorBasis.Level, 3.0m, 4.5m),
            BalanceIndicator.Linear("net_promoter_score", IndicatorBasis.Level, 0m, 50m),
            BalanceIndicator.Linear("customer_retention", IndicatorBasis.Level, 0.6m, 0.9m),
        ],
        OperationsIndicators =
        [
            BalanceIndicator.Linear("stockout_rate", IndicatorBasis.Level, 0.05m, 0m, weight: 2m),
            BalanceIndicator.Linear("fill_rate", IndicatorBasis.Level, 0.90m, 1m),
            BalanceIndicator.TargetBand("days_of_supply", IndicatorBasis.Level, 7m, 12m, 7m),
            BalanceIndicator.Linear("inventory_turnover_annualised", IndicatorBasis.Level, 10m, 50m),
            BalanceIndicator.Linear("operating_cost_ratio", IndicatorBasis.Level, 0.15m, 0.05m),
            BalanceIndicator.Linear("wape", IndicatorBasis.Level, 0.6m, 0.1m),
        ],
    };

    /// <summary>
    /// Services (e.g. elder care): momentum from revenue growth (weight 2), revenue-per-client growth and the customer
    /// KPIs; health from on-time service level (weight 2), capacity utilisation in an 85–95 % band, operating cost
    /// ratio and staff-to-client ratio in a 0.4–0.8 band.
    /// </summary>
    public static BalanceOptions Services { get; } = new()
    {
        SalesIndicators =
        [
            BalanceIndicator.Linear("revenue", IndicatorBasis.Change, -0.10m, 0.10m, weight: 2m),
            BalanceIndicator.Linear("revenue_per_client", IndicatorBasis.Change, -0.05m, 0.05m),
            BalanceIndicator.Linear("customer_satisfaction", IndicatorBasis.Level, 3.0m, 4.5m),
            BalanceIndicator.Linear("net_promoter_score", IndicatorBasis.Level, 0m, 50m),
            BalanceIndicator.Linear("customer_retention", IndicatorBasis.Level, 0.6m, 0.9m),
        ],
        OperationsIndicators =
        [
            BalanceIndicator.Linear("service_level_on_time", IndicatorBasis.Level, 0.8m, 1m, weight: 2m),
            BalanceIndicator.TargetBand("capacity_utilisation", IndicatorBasis.Level, 0.85m, 0.95m, 0.25m),
            BalanceIndicator.Linear("operating_cost_ratio", IndicatorBasis.Level, 0.30m, 0.10m),
            BalanceIndicator.TargetBand("staff_to_client_ratio", IndicatorBasis.Level, 0.4m, 0.8m, 0.3m),
        ],
    };

    /// <summary>The KPIs of sales momentum S.</summary>
    public ImmutableArray<BalanceIndicator> SalesIndicators { get; init; } = [];

    /// <summary>The KPIs of operational health O.</summary>
    public ImmutableArray<BalanceIndicator> OperationsIndicators { get; init; } = [];

    /// <summary>|balance index| up to this is <see cref="MeasuredOrientation.Balanced"/>. Default 0.2.</summary>
    public decimal BalancedBand { get; init; } = 0.2m;

    /// <summary>
    /// The fewest periods with data for a diagnosis (at least 4: two earlier, two recent); with fewer the diagnosis
    /// says "insufficient history" instead of guessing.
    /// </summary>
    public int MinimumPeriods { get; init; } = 4;

    /// <summary>The thresholds of the built-in rules.</summary>
    public BalanceThresholds Thresholds { get; init; } = BalanceThresholds.Default;

    /// <summary>The rules run on the diagnosis (the built-in four by default); add your own <see cref="IBalanceRule"/>.</summary>
    public ImmutableArray<IBalanceRule> Rules { get; init; } = BalanceRules.Default;
}
