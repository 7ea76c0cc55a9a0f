using System.Collections.Immutable;
using SalesOps.Sdk.Orleans.Serialization;

namespace SalesOps.Sdk.Orleans;

/// <summary>
/// The in-memory implementation of <see cref="IFactPartitionGrain"/>: a <see cref="FactAggregator"/> plus the set of
/// applied batch sequence numbers.
/// </summary>
/// <remarks>
/// The state is not persisted: a lost activation is detected by the coordinator (the partition answers
/// <see cref="FactBatchStatus.NotStarted"/>) and rebuilt by re-sending the partition's batches. Orleans runs one call
/// at a time per activation, so the aggregator needs no locking.
/// </remarks>
internal sealed class FactPartitionGrain : Grain, IFactPartitionGrain
{
    private readonly HashSet<long> _applied = [];
    private FactPartitionSpec? _spec;
    private FactAggregator? _aggregator;
    private string? _failure;

    public Task<ImmutableArray<long>> StartAsync(FactPartitionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ThrowIfFailed();
        if (_spec is null)
        {
            _spec = spec;
            _aggregator = new FactAggregator(spec.Schema, spec.Calendar, spec.Grain);
        }
        else if (!_spec.Equals(spec))
        {
            throw new InvalidOperationException(
                $"Partition '{this.GetPrimaryKeyString()}' was started as {_spec}, not {spec}.");
        }

        return Task.FromResult(_applied.Order().ToImmutableArray());
    }

    public Task<FactBatchStatus> AddBatchAsync(FactBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfFailed();
        if (_aggregator is null)
        {
            return Task.FromResult(FactBatchStatus.NotStarted);
        }

        if (_applied.Contains(batch.Sequence))
        {
            return Task.FromResult(FactBatchStatus.Duplicate);
        }

        Validate(batch, _aggregator.Schema);
        try
        {
            Apply(batch, _aggregator);
        }
        catch (Exception ex) when (ex is FactDataException or OverflowException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Rows before the bad one are in the aggregator: the partition can no longer be exact.
            _failure = $"Partition '{this.GetPrimaryKeyString()}' refused a row of batch {batch.Sequence}: {ex.Message}";
            throw new InvalidOperationException(_failure);
        }

        _applied.Add(batch.Sequence);
        return Task.FromResult(FactBatchStatus.Applied);
    }

    public Task<FactPartitionState?> GetStateAsync()
    {
        ThrowIfFailed();
        FactPartitionState? state = _aggregator is null
            ? null
            : new FactPartitionState
            {
                Snapshot = _aggregator.ToCube().ToSnapshot(),
                BatchCount = _applied.Count,
                RowCount = _aggregator.RowCount,
            };
        return Task.FromResult(state);
    }

    public Task ReleaseAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private static void Validate(FactBatch batch, FactSchema schema)
    {
        int rows = batch.RowCount;
        int d = schema.Dimensions.Length;
        int m = schema.Measures.Length;
        if (batch.DimensionValues.IsDefault || batch.DimensionCodes.IsDefault || batch.ScaledValues.IsDefault)
        {
            throw new ArgumentException($"Batch {batch.Sequence} is missing an array.", nameof(batch));
        }

        if (batch.DimensionCodes.Length != (long)rows * d || batch.ScaledValues.Length != (long)rows * m)
        {
            throw new ArgumentException(
                $"Batch {batch.Sequence} of {rows} rows needs {rows * d} dimension codes and {rows * m} values, not {batch.DimensionCodes.Length} and {batch.ScaledValues.Length}.",
                nameof(batch));
        }

        foreach (int code in batch.DimensionCodes)
        {
            if ((uint)code >= (uint)batch.DimensionValues.Length)
            {
                throw new ArgumentException(
                    $"Batch {batch.Sequence} has dimension code {code}; it carries {batch.DimensionValues.Length} values.", nameof(batch));
            }
        }
    }

    private static void Apply(FactBatch batch, FactAggregator aggregator)
    {
        int d = aggregator.Schema.Dimensions.Length;
        int m = aggregator.Schema.Measures.Length;
        var localToCode = new int[d][];
        for (int k = 0; k < d; k++)
        {
            localToCode[k] = new int[batch.DimensionValues.Length];
            Array.Fill(localToCode[k], -1);
        }

        Span<int> codes = stackalloc int[d];
        ReadOnlySpan<long> values = batch.ScaledValues.AsSpan();
        for (int r = 0; r < batch.RowCount; r++)
        {
            for (int k = 0; k < d; k++)
            {
                int local = batch.DimensionCodes[(r * d) + k];
                ref int code = ref localToCode[k][local];
                if (code < 0)
                {
                    code = aggregator.EncodeDimension(k, batch.DimensionValues[local]);
                }

                codes[k] = code;
            }

            aggregator.WriteScaledRow(FactCubeSnapshotSurrogateConverter.DateFromDayNumber(batch.DayNumbers[r]), codes, values.Slice(r * m, m));
        }
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException(_failure);
        }
    }
}
