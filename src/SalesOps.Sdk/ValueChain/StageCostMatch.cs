namespace SalesOps.Sdk.ValueChain;

/// <summary>How a <see cref="StageCostRule"/> matches an account.</summary>
public enum StageCostMatch
{
    /// <summary>The account equals the rule's account (ordinal, case-sensitive).</summary>
    Exact = 0,

    /// <summary>The account starts with the rule's prefix (ordinal, case-sensitive).</summary>
    Prefix = 1,

    /// <summary>The account lies in the rule's inclusive range: numerically when the account and both bounds are digits, else ordinally.</summary>
    Range = 2,
}
