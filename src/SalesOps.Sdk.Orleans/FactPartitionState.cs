namespace SalesOps.Sdk.Orleans;

/// <summary>What a partition grain has aggregated: its cube state and how many batches and rows went in.</summary>
[GenerateSerializer]
[Immutable]
[Alias("salesops.FactPartitionState")]
public sealed class FactPartitionState
{
    /// <summary>The partition's cube state (restore it with <see cref="FactCube.FromSnapshot"/>).</summary>
    [Id(0)]
    public required FactCubeSnapshot Snapshot { get; init; }

    /// <summary>The number of distinct batches applied.</summary>
    [Id(1)]
    public long BatchCount { get; init; }

    /// <summary>The number of rows applied.</summary>
    [Id(2)]
    public long RowCount { get; init; }

    /// <summary>The batch and row counts.</summary>
    public override string ToString() => $"{BatchCount} batches, {RowCount} rows";
}
