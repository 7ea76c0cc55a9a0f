namespace SalesOps.Sdk.Planning;

/// <summary>The parameters of <see cref="SopReconciliation"/>.</summary>
/// <param name="PeriodDays">The length of a plan period in days (more than 0), e.g. 7 for weekly or 30 for monthly plans.</param>
/// <param name="MaxDaysOfSupply">The days-of-supply ceiling above which projected inventory is overstock (more than 0), or null for no overstock check.</param>
public sealed record SopOptions(decimal PeriodDays, decimal? MaxDaysOfSupply = null);
