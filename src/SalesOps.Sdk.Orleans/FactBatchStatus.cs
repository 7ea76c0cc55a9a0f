namespace SalesOps.Sdk.Orleans;

/// <summary>What a partition grain did with a batch.</summary>
[GenerateSerializer]
[Alias("salesops.FactBatchStatus")]
public enum FactBatchStatus
{
    /// <summary>The rows were added.</summary>
    Applied = 0,

    /// <summary>A batch with the same sequence number was already applied; nothing was added.</summary>
    Duplicate = 1,

    /// <summary>The partition has not been started (or its activation lost its state); nothing was added.</summary>
    NotStarted = 2,
}
