namespace SalesOps.Sdk.Orleans;

/// <summary>One partition of the facts for <see cref="ClusterFactAggregator"/>: a key and the rows it owns.</summary>
/// <param name="Key">
/// A key unique among the partitions of one aggregation (e.g. a store id, or <c>hash-03-of-16</c>); it names the
/// partition's grain.
/// </param>
/// <param name="Source">
/// The partition's rows. It must be re-readable with the same rows in the same order: after a silo failure the
/// coordinator reads it again and re-sends the batches the partition lost.
/// </param>
public sealed record FactPartition(string Key, IFactRowSource Source);
