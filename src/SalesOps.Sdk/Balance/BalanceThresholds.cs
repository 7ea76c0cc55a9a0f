namespace SalesOps.Sdk.Balance;

/// <summary>
/// The thresholds of the built-in balance rules. Changes compare the mean of the recent periods with the mean of the
/// earlier ones; "relative" thresholds are fractions of the earlier mean, "absolute" ones are in the KPI's unit
/// (percentage points for rates). Defaults are documented in <c>docs/balance.md</c>.
/// </summary>
public sealed record BalanceThresholds
{
    /// <summary>The defaults.</summary>
    public static BalanceThresholds Default { get; } = new();

    /// <summary>Revenue growth (relative) that counts as "revenue up"; its negative counts as "revenue down". Default 0.05.</summary>
    public decimal RevenueChange { get; init; } = 0.05m;

    /// <summary>Relative rise of promotion intensity that counts as "promotion up". Default 0.25 (a quarter more).</summary>
    public decimal PromoIntensityRise { get; init; } = 0.25m;

    /// <summary>Smallest absolute rise of promotion intensity that counts (guards tiny bases). Default 0.005.</summary>
    public decimal PromoIntensityRiseAbsolute { get; init; } = 0.005m;

    /// <summary>Absolute rise of the stockout rate that counts as "stockouts rising". Default 0.02 (2 points).</summary>
    public decimal StockoutRateRise { get; init; } = 0.02m;

    /// <summary>Absolute fall of the fill rate that counts as service falling. Default 0.02.</summary>
    public decimal FillRateDrop { get; init; } = 0.02m;

    /// <summary>Relative rise of days of supply that counts as "overstock rising". Default 0.15.</summary>
    public decimal DaysOfSupplyRise { get; init; } = 0.15m;

    /// <summary>Absolute fall of the gross margin rate that counts as "margin eroding". Default 0.01 (1 point).</summary>
    public decimal MarginRateDrop { get; init; } = 0.01m;

    /// <summary>Relative fall of the operating cost ratio that counts as efficiency improving. Default 0.05.</summary>
    public decimal CostRatioDrop { get; init; } = 0.05m;

    /// <summary>Relative rise of inventory turnover that counts as efficiency improving. Default 0.10.</summary>
    public decimal TurnoverRise { get; init; } = 0.10m;

    /// <summary>Relative fall of days of supply that counts as efficiency improving. Default 0.10.</summary>
    public decimal DaysOfSupplyDrop { get; init; } = 0.10m;

    /// <summary>Relative fall of market share that counts as losing the market. Default 0.05.</summary>
    public decimal MarketShareDrop { get; init; } = 0.05m;

    /// <summary>Forecast bias beyond ± this band counts as biased. Default 0.10.</summary>
    public decimal BiasBand { get; init; } = 0.10m;

    /// <summary>Share of the evaluated periods whose bias must be beyond the band, all one way, for "persistent". Default 0.75.</summary>
    public decimal BiasPersistence { get; init; } = 0.75m;

    /// <summary>Tracking-signal limit. Default 4.</summary>
    public decimal TrackingSignalLimit { get; init; } = 4m;

    /// <summary>Smallest |bias| over the tracking window for a tracking-signal breach to count (a signal on small errors is noise). Default 0.10, the bias band.</summary>
    public decimal TrackingSignalMinimumBias { get; init; } = 0.10m;

    /// <summary>Recent WAPE at or above this counts as high. Default 0.5.</summary>
    public decimal HighWape { get; init; } = 0.5m;

    /// <summary>Revenue growth (relative) that healthy synergy needs. Default 0.02.</summary>
    public decimal HealthyRevenueGrowth { get; init; } = 0.02m;

    /// <summary>How much service may slip (stockout-rate rise, fill-rate fall, absolute) and still count as stable. Default 0.01.</summary>
    public decimal ServiceSlack { get; init; } = 0.01m;

    /// <summary>How much inventory productivity may slip (turnover fall, relative) and still count as stable. Default 0.05.</summary>
    public decimal ProductivitySlack { get; init; } = 0.05m;
}
