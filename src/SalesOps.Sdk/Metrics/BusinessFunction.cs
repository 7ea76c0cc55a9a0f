namespace SalesOps.Sdk.Metrics;

/// <summary>The function that owns a metric: who answers for it in the S&amp;OP meeting.</summary>
public enum BusinessFunction
{
    /// <summary>Sales and marketing.</summary>
    Sales,

    /// <summary>Operations: supply chain, inventory, stores, service delivery.</summary>
    Operations,

    /// <summary>Finance.</summary>
    Finance,

    /// <summary>Customer experience.</summary>
    Customer,

    /// <summary>People: HR, training.</summary>
    People,
}
