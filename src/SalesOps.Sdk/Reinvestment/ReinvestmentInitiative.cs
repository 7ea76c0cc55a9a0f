using System.Collections.Immutable;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// A candidate operations initiative to fund from sales growth: its cost, value-chain stage, expected KPI effects,
/// time to effect and the confidence in those effects.
/// </summary>
/// <param name="Id">snake_case id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Stage">The value-chain stage it works on (e.g. <c>operations</c>, <c>human_resources</c>).</param>
/// <param name="Cost">One-off cost in the budget's currency, in major units.</param>
/// <param name="Effects">Expected effects on KPIs at full confidence.</param>
/// <param name="MonthsToEffect">Months until the effects show.</param>
/// <param name="Confidence">Confidence in the effects, in (0, 1].</param>
public sealed record ReinvestmentInitiative(
    string Id,
    string Name,
    string Stage,
    decimal Cost,
    ImmutableArray<KpiEffect> Effects,
    int MonthsToEffect,
    decimal Confidence)
{
    /// <summary>The assumptions behind the estimates, in words.</summary>
    public string Assumptions { get; init; } = string.Empty;

    /// <summary>An explicit expected annual gross-profit benefit (major units), added to the benefit derived from the effects.</summary>
    public decimal? AnnualBenefit { get; init; }
}
