namespace SalesOps.Sdk.Reinvestment;

/// <summary>An initiative the plan leaves out, with the reason.</summary>
/// <param name="Initiative">The initiative.</param>
/// <param name="Value">Its contribution to the objective had it been funded.</param>
/// <param name="Reason">Why it is not funded.</param>
public sealed record UnfundedInitiative(ReinvestmentInitiative Initiative, decimal Value, string Reason);
