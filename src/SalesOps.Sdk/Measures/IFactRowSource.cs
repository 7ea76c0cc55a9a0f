namespace SalesOps.Sdk.Measures;

/// <summary>
/// A host's raw fact rows: the SDK aggregates them into a <see cref="FactCube"/>. One of the two ways data gets in
/// (the other is <see cref="IAggregatedFactSource"/>).
/// </summary>
/// <remarks>
/// Implementations stream: they write rows to the writer as they read them and never need to hold them all.
/// For parallel aggregation give <see cref="FactAggregation"/> several sources, one per partition.
/// </remarks>
public interface IFactRowSource
{
    /// <summary>The dimensions and measures of the rows.</summary>
    FactSchema Schema { get; }

    /// <summary>Writes every row to <paramref name="writer"/>.</summary>
    /// <param name="writer">
    /// The destination, valid only during this call: once it returns, the cube is built from the writer's state, and
    /// a row written later throws <see cref="InvalidOperationException"/>.
    /// </param>
    /// <param name="cancellationToken">Stops the stream.</param>
    void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken);
}
