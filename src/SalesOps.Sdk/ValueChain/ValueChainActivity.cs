namespace SalesOps.Sdk.ValueChain;

/// <summary>Porter's two kinds of value-chain activity.</summary>
public enum ValueChainActivity
{
    /// <summary>A primary activity: moves the product or service to the customer (logistics, operations, marketing and sales, service).</summary>
    Primary = 0,

    /// <summary>A support activity: enables the primary ones (procurement, technology, people, infrastructure).</summary>
    Support = 1,
}
