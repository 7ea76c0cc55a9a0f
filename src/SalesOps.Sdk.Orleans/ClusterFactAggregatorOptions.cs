namespace SalesOps.Sdk.Orleans;

/// <summary>Tuning for <see cref="ClusterFactAggregator"/>.</summary>
public sealed record ClusterFactAggregatorOptions
{
    /// <summary>The default options.</summary>
    public static ClusterFactAggregatorOptions Default { get; } = new();

    /// <summary>Rows per batch (one grain call each). Default 8,192.</summary>
    public int BatchSize { get; init; } = 8_192;

    /// <summary>Partitions ingested at the same time. Default 8.</summary>
    public int MaxConcurrentPartitions { get; init; } = 8;

    /// <summary>Passes over a partition before its failure is final. Default 5.</summary>
    public int MaxAttemptsPerPartition { get; init; } = 5;

    /// <summary>The pause before a partition's next pass after a failure. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether to deactivate the partition grains (freeing their memory) once the cube is merged. Default true.</summary>
    public bool ReleasePartitions { get; init; } = true;
}
