namespace SalesOps.Sdk.ValueChain;

/// <summary>An account no rule of a <see cref="StageCostMapping"/> matched, with what was posted to it.</summary>
/// <param name="Account">The account or cost-centre code.</param>
/// <param name="Lines">The number of cost lines posted to it.</param>
/// <param name="Amount">The sum of their amounts.</param>
public sealed record UnmappedAccount(string Account, int Lines, decimal Amount);
