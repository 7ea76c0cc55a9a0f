namespace SalesOps.Sdk.Reinvestment;

/// <summary>An initiative the plan funds.</summary>
/// <param name="Initiative">The initiative.</param>
/// <param name="Amount">The amount allocated (its full cost).</param>
/// <param name="Value">Its contribution to the objective.</param>
/// <param name="AnnualBenefit">Estimated annual gross-profit benefit at its confidence; null when it cannot be estimated.</param>
/// <param name="PaybackMonths">Months to effect + cost / monthly benefit; null without a benefit estimate.</param>
public sealed record FundedInitiative(ReinvestmentInitiative Initiative, Measures.Money Amount, decimal Value, decimal? AnnualBenefit, decimal? PaybackMonths);
