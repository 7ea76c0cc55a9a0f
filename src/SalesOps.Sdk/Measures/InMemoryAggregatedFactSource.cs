using System.Collections.Immutable;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// An <see cref="IAggregatedFactSource"/> over figures held in memory: for hosts' own tests and small data sets.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InMemoryAggregatedFactSource : IAggregatedFactSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="schema">The dimensions and measures.</param>
    /// <param name="facts">The figures.</param>
    public InMemoryAggregatedFactSource(FactSchema schema, IEnumerable<AggregatedFact> facts)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(facts);
        Schema = schema;
        Facts = [.. facts];
    }

    /// <inheritdoc/>
    public FactSchema Schema { get; }

    /// <summary>The figures.</summary>
    public ImmutableArray<AggregatedFact> Facts { get; }

    /// <inheritdoc/>
    public IEnumerable<AggregatedFact> GetFacts(CancellationToken cancellationToken) => Facts;
}
