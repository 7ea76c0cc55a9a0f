namespace SalesOps.Sdk.Balance;

/// <summary>
/// A diagnosis rule: looks at the compared periods and returns findings. Hosts add their own through
/// <see cref="BalanceOptions.Rules"/>.
/// </summary>
/// <remarks>Must be thread-safe and free of side effects; an exception it throws becomes a note of the diagnosis.</remarks>
public interface IBalanceRule
{
    /// <summary>The rule id, also the id of its findings.</summary>
    string Id { get; }

    /// <summary>The findings of the rule (none when it does not apply).</summary>
    IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context);
}
