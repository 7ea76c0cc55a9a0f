using System.Collections.Immutable;

namespace SalesOps.Sdk.Orleans;

/// <summary>
/// A grain that owns one partition of a fact aggregation (e.g. one store, or one hash range of segments) and
/// aggregates the row batches sent to it into the mergeable cube state.
/// </summary>
/// <remarks>
/// <para>Keyed by a string such as <c>{job}/{partition}</c>. Batches carry a sequence number and are idempotent:
/// a batch already applied is acknowledged as <see cref="FactBatchStatus.Duplicate"/> and not counted again, so a
/// sender may re-send after any failure.</para>
/// <para>The state lives in memory for the life of the activation. When the activation is lost (its silo stopped or
/// died) the next call reaches a fresh activation that answers <see cref="FactBatchStatus.NotStarted"/> or a null
/// state; <see cref="ClusterFactAggregator"/> then starts the partition again and re-sends what is missing.</para>
/// </remarks>
[Alias("salesops.IFactPartitionGrain")]
public interface IFactPartitionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the partition with its schema, calendar and grain, or confirms it was started with the same ones.
    /// </summary>
    /// <param name="spec">The schema, calendar and grain of the aggregation.</param>
    /// <returns>The sequence numbers of the batches already applied (empty for a new partition), in order.</returns>
    /// <exception cref="InvalidOperationException">The partition was started with a different specification.</exception>
    [Alias("Start")]
    Task<ImmutableArray<long>> StartAsync(FactPartitionSpec spec);

    /// <summary>Applies a batch of rows unless a batch with the same sequence number was already applied.</summary>
    /// <param name="batch">The rows.</param>
    /// <returns>Whether the batch was applied, was a duplicate, or the partition has not been started.</returns>
    /// <exception cref="ArgumentException">The batch is malformed (arrays of inconsistent sizes, codes out of range).</exception>
    /// <exception cref="InvalidOperationException">A row of this or an earlier batch was invalid; the partition is failed.</exception>
    [Alias("AddBatch")]
    Task<FactBatchStatus> AddBatchAsync(FactBatch batch);

    /// <summary>The aggregated state so far, or null when the partition has not been started (or its state was lost).</summary>
    /// <exception cref="InvalidOperationException">A row was invalid; the partition is failed.</exception>
    [Alias("GetState")]
    Task<FactPartitionState?> GetStateAsync();

    /// <summary>Frees the partition's memory: the activation is deactivated when idle.</summary>
    [Alias("Release")]
    Task ReleaseAsync();
}
