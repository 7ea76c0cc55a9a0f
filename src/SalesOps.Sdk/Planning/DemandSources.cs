namespace SalesOps.Sdk.Planning;

/// <summary>The usual names of demand-plan inputs (any other non-empty name works too).</summary>
public static class DemandSources
{
    /// <summary><c>sales</c>: the sales team's forecast (field knowledge, customer commitments).</summary>
    public const string Sales = "sales";

    /// <summary><c>statistical</c>: the statistical forecast from history.</summary>
    public const string Statistical = "statistical";

    /// <summary><c>marketing</c>: marketing's forecast (promotions, launches, campaigns).</summary>
    public const string Marketing = "marketing";

    /// <summary><c>consensus</c>: the name of the consensus itself in <see cref="ConsensusPlan.Accuracy"/>; reserved.</summary>
    public const string Consensus = "consensus";
}
