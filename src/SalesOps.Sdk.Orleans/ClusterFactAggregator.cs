using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace SalesOps.Sdk.Orleans;

/// <summary>
/// Aggregates partitioned fact rows on an Orleans cluster: each partition is streamed in batches to its own
/// <see cref="IFactPartitionGrain"/>, the partial cube states are collected and merged into one <see cref="FactCube"/>
/// — the same cube <see cref="FactAggregation.FromRows"/> builds in one process, exactly.
/// </summary>
/// <remarks>
/// <para>Runs wherever an <see cref="IGrainFactory"/> is available: an Orleans client or a silo.</para>
/// <para>Failures: a partition whose grain lost its state (its silo stopped or died, or the call failed) is started
/// again and its source re-read; batches the grain already applied are skipped and the rest re-sent. Batches are
/// idempotent, and a partition is complete only when the grain reports every batch applied, so no row is lost or
/// counted twice. Invalid data (<see cref="FactDataException"/>, a source's own exception) is not retried.</para>
/// <para>Thread-safe: one instance may run several aggregations at once.</para>
/// </remarks>
public sealed class ClusterFactAggregator
{
    private readonly IGrainFactory _grains;
    private readonly ClusterFactAggregatorOptions _options;

    /// <summary>Creates a coordinator.</summary>
    /// <param name="grainFactory">The cluster client or a silo's grain factory.</param>
    /// <param name="options">Tuning; <see cref="ClusterFactAggregatorOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClusterFactAggregator(IGrainFactory grainFactory, ClusterFactAggregatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(grainFactory);
        options ??= ClusterFactAggregatorOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentPartitions, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttemptsPerPartition, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RetryDelay, TimeSpan.Zero, nameof(options));
        _grains = grainFactory;
        _options = options;
    }

    /// <summary>Aggregates the partitions on the cluster and merges them into one cube.</summary>
    /// <param name="partitions">The partitions: unique keys, one schema.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="grain">The period grain.</param>
    /// <param name="cancellationToken">Stops the aggregation.</param>
    /// <returns>The merged cube and a report per partition.</returns>
    /// <exception cref="ArgumentException">No partitions, a repeated or blank key, or schemas that differ.</exception>
    /// <exception cref="FactDataException">A row is invalid.</exception>
    /// <exception cref="InvalidOperationException">A partition still failed after the allowed attempts; the message names it.</exception>
    /// <exception cref="OperationCanceledException">The aggregation was cancelled.</exception>
    public async Task<ClusterAggregationResult> AggregateAsync(
        IReadOnlyList<FactPartition> partitions,
        ReportingCalendar calendar,
        PeriodGrain grain,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(calendar);
        FactSchema schema = CheckPartitions(partitions);
        var spec = new FactPartitionSpec(schema, calendar, grain);
        string job = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

        using var gate = new SemaphoreSlim(_options.MaxConcurrentPartitions);
        Task<(FactCubeSnapshot Snapshot, FactPartitionReport Report)>[] runs = [.. partitions.Select(async partition =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await IngestAsync(job, partition, spec, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })];

        (FactCubeSnapshot Snapshot, FactPartitionReport Report)[] outcomes;
        try
        {
            outcomes = await Task.WhenAll(runs).ConfigureAwait(false);
        }
        finally
        {
            if (_options.ReleasePartitions)
            {
                await ReleaseAsync(job, partitions).ConfigureAwait(false);
            }
        }

        FactCube cube = FactCube.Empty(schema, calendar, grain);
        foreach ((FactCubeSnapshot snapshot, _) in outcomes)
        {
            cube = FactCube.Merge(cube, FactCube.FromSnapshot(snapshot, calendar));
        }

        return new ClusterAggregationResult(cube, [.. outcomes.Select(o => o.Report)]);
    }

    /// <summary>The grain key of a partition of a job.</summary>
    internal static string GrainKey(string job, string partitionKey) => job + "/" + partitionKey;

    private static FactSchema CheckPartitions(IReadOnlyList<FactPartition> partitions)
    {
        if (partitions.Count == 0)
        {
            throw new ArgumentException("At least one partition is needed.", nameof(partitions));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        FactSchema? schema = null;
        for (int i = 0; i < partitions.Count; i++)
        {
            FactPartition partition = partitions[i] ?? throw new ArgumentException($"Partition {i} is null.", nameof(partitions));
            if (string.IsNullOrWhiteSpace(partition.Key) || partition.Source is null)
            {
                throw new ArgumentException($"Partition {i} needs a key and a source.", nameof(partitions));
            }

            if (!keys.Add(partition.Key))
            {
                throw new ArgumentException($"Partition key '{partition.Key}' appears more than once.", nameof(partitions));
            }

            schema ??= partition.Source.Schema;
            if (!partition.Source.Schema.Equals(schema))
            {
                throw new ArgumentException(
                    $"Partition '{partition.Key}' has schema {partition.Source.Schema}, partition '{partitions[0].Key}' has {schema}.", nameof(partitions));
            }
        }

        return schema!;
    }

    private async Task<(FactCubeSnapshot, FactPartitionReport)> IngestAsync(
        string job, FactPartition partition, FactPartitionSpec spec, CancellationToken cancellationToken)
    {
        IFactPartitionGrain grain = _grains.GetGrain<IFactPartitionGrain>(GrainKey(job, partition.Key));
        long resent = 0;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                ImmutableArray<long> applied = await grain.StartAsync(spec).ConfigureAwait(false);
                var skip = new HashSet<long>(applied);
                long batches = 0;
                await foreach (FactBatch batch in ReadBatchesAsync(partition.Source, spec.Schema, cancellationToken).ConfigureAwait(false))
                {
                    batches = batch.Sequence + 1;
                    if (skip.Contains(batch.Sequence))
                    {
                        continue;
                    }

                    if (attempt > 1)
                    {
                        resent++;
                    }

                    FactBatchStatus status = await grain.AddBatchAsync(batch).ConfigureAwait(false);
                    if (status == FactBatchStatus.NotStarted)
                    {
                        throw new PartitionStateLostException($"Partition '{partition.Key}' lost its state at batch {batch.Sequence}.");
                    }
                }

                FactPartitionState state = await grain.GetStateAsync().ConfigureAwait(false)
                    ?? throw new PartitionStateLostException($"Partition '{partition.Key}' lost its state before it was read.");
                if (state.BatchCount != batches)
                {
                    throw new PartitionStateLostException(
                        $"Partition '{partition.Key}' holds {state.BatchCount} of its {batches} batches.");
                }

                return (state.Snapshot, new FactPartitionReport(partition.Key, state.RowCount, batches, attempt, resent));
            }
            catch (SourceFailedException ex)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException!).Throw();
                throw;
            }
            catch (Exception ex) when (IsRetriable(ex, cancellationToken))
            {
                if (attempt >= _options.MaxAttemptsPerPartition)
                {
                    throw new InvalidOperationException(
                        $"Partition '{partition.Key}' could not be aggregated in {attempt} attempts: {ex.Message}", ex);
                }

                await Task.Delay(_options.RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsRetriable(Exception ex, CancellationToken cancellationToken) =>
        ex is not (FactDataException or ArgumentException)
        && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>
    /// Streams a source's rows as batches: the source writes on its own thread into a small bounded channel, so
    /// memory holds a few batches, never the partition.
    /// </summary>
    private async IAsyncEnumerable<FactBatch> ReadBatchesAsync(
        IFactRowSource source,
        FactSchema schema,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<FactBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = stop.Token;
        Task producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var writer = new FactBatchWriter(schema, _options.BatchSize, batch => channel.Writer.WriteAsync(batch, token).AsTask().GetAwaiter().GetResult());
                    source.WriteTo(writer, token);
                    writer.Flush();
                    channel.Writer.Complete();
                }
                catch (OperationCanceledException ex) when (token.IsCancellationRequested)
                {
                    channel.Writer.TryComplete(ex);
                }
                catch (Exception ex)
                {
                    channel.Writer.TryComplete(new SourceFailedException(ex));
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out FactBatch? batch))
                {
                    yield return batch;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }

    private Task ReleaseAsync(string job, IReadOnlyList<FactPartition> partitions) =>
        Task.WhenAll(partitions.Select(async partition =>
        {
            try
            {
                await _grains.GetGrain<IFactPartitionGrain>(GrainKey(job, partition.Key)).ReleaseAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Best effort: an unreleased partition is collected when idle.
            }
        }));

    /// <summary>A partition grain no longer has (all of) its state: start the partition again.</summary>
    private sealed class PartitionStateLostException(string message) : Exception(message);

    /// <summary>The partition's own source failed: not retried, rethrown as it was.</summary>
    private sealed class SourceFailedException(Exception inner) : Exception(inner.Message, inner);
}
