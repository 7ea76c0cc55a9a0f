using System.Collections.Immutable;

namespace SalesOps.Sdk.Orleans;

/// <summary>
/// A batch of raw fact rows for one partition, column-wise and dictionary-encoded, with a sequence number that makes
/// re-sending it harmless.
/// </summary>
/// <remarks>
/// <para>Row <c>r</c> has its date at <c>DayNumbers[r]</c> (<see cref="DateOnly.DayNumber"/>), its dimension values at
/// <c>DimensionValues[DimensionCodes[r × d + k]]</c> for dimension <c>k</c> of <c>d</c>, and its values, scaled by
/// <see cref="FactValue.Scale"/>, at <c>ScaledValues[r × m .. r × m + m)</c> in schema measure order.</para>
/// <para>The same sequence number must always carry the same rows: a source re-read after a failure must give the same
/// rows in the same order, so its batches come out the same.</para>
/// </remarks>
[GenerateSerializer]
[Immutable]
[Alias("salesops.FactBatch")]
public sealed class FactBatch
{
    /// <summary>The batch's position in its partition, from 0: the idempotency key.</summary>
    [Id(0)]
    public long Sequence { get; init; }

    /// <summary>The date of each row as a <see cref="DateOnly.DayNumber"/>.</summary>
    [Id(1)]
    public ImmutableArray<int> DayNumbers { get; init; } = [];

    /// <summary>The distinct dimension values the rows refer to.</summary>
    [Id(2)]
    public ImmutableArray<string> DimensionValues { get; init; } = [];

    /// <summary>For each row and dimension, the index of its value in <see cref="DimensionValues"/> (rows × dimensions).</summary>
    [Id(3)]
    public ImmutableArray<int> DimensionCodes { get; init; } = [];

    /// <summary>For each row and measure, the value × <see cref="FactValue.Scale"/> (rows × measures).</summary>
    [Id(4)]
    public ImmutableArray<long> ScaledValues { get; init; } = [];

    /// <summary>The number of rows.</summary>
    public int RowCount => DayNumbers.IsDefault ? 0 : DayNumbers.Length;

    /// <summary>The sequence number and row count.</summary>
    public override string ToString() => $"batch {Sequence}: {RowCount} rows";
}
