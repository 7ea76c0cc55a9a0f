namespace SalesOps.Sdk.Measures;

/// <summary>Options of <see cref="FactAggregation"/>.</summary>
public sealed record FactAggregationOptions
{
    /// <summary>The default options: one worker per processor.</summary>
    public static FactAggregationOptions Default { get; } = new();

    /// <summary>
    /// How many partitions are aggregated at once; at least 1. Defaults to the processor count. The result is the
    /// same, to the last digit, whatever the value.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
