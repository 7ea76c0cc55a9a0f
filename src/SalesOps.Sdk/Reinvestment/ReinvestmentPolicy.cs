namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// How much of the incremental gross profit from sales growth goes back into operations.
/// </summary>
/// <remarks>
/// budget = clamp(share × incremental gross profit, minimum, maximum); the reserve share of it is kept back for
/// overruns and the rest is available to fund initiatives. Amounts are in the data's currency, major units.
/// </remarks>
public sealed record ReinvestmentPolicy
{
    /// <summary>The defaults: 30 % of the incremental gross profit, 10 % of it kept in reserve, no minimum or maximum.</summary>
    public static ReinvestmentPolicy Default { get; } = new();

    /// <summary>The share of incremental gross profit reinvested, in [0, 1]. Default 0.3.</summary>
    public decimal Share { get; init; } = 0.3m;

    /// <summary>A floor for the budget (e.g. a training budget kept even without growth); null for none.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>A ceiling for the budget; null for none.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The share of the budget kept in reserve, in [0, 1). Default 0.1.</summary>
    public decimal ReserveShare { get; init; } = 0.1m;
}
