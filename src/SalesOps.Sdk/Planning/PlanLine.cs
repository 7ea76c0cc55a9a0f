namespace SalesOps.Sdk.Planning;

/// <summary>One item's planned (or actual) units for one period of a plan.</summary>
/// <param name="Item">The item id.</param>
/// <param name="Period">The period's ordinal within the plan (e.g. 1, 2, 3 for the next three months); consecutive periods differ by 1.</param>
/// <param name="Units">The units (0 or more).</param>
public sealed record PlanLine(string Item, int Period, decimal Units);
