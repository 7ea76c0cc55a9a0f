namespace SalesOps.Sdk.ValueChain;

/// <summary>The verdict on one linkage between the sales stage and an operations stage.</summary>
public enum LinkageStatus
{
    /// <summary>The sales signal and the operations signal did not both fire.</summary>
    NotStrained = 0,

    /// <summary>The sales push and the operations strain both fired over the same windows.</summary>
    Strained = 1,

    /// <summary>A KPI or a window is missing; the reason says which.</summary>
    NotAvailable = 2,
}
