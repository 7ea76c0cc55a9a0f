using System.Collections;
using System.Collections.Immutable;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// An immutable set of measure definitions keyed by id: the standard measures plus any a host registers.
/// </summary>
public sealed class MeasureCatalog : IReadOnlyCollection<MeasureDefinition>
{
    private readonly ImmutableDictionary<string, MeasureDefinition> _byId;
    private readonly ImmutableArray<MeasureDefinition> _ordered;

    private MeasureCatalog(ImmutableArray<MeasureDefinition> ordered)
    {
        _ordered = ordered;
        _byId = ordered.ToImmutableDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>The standard measures (<see cref="StandardMeasures.All"/>).</summary>
    public static MeasureCatalog Standard { get; } = new([.. StandardMeasures.All]);

    /// <summary>A catalog with no measures.</summary>
    public static MeasureCatalog Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _ordered.Length;

    /// <summary>The measure with the given id.</summary>
    /// <exception cref="KeyNotFoundException">No measure has that id; the message lists the known ids.</exception>
    public MeasureDefinition this[string id] =>
        _byId.TryGetValue(id, out MeasureDefinition? measure)
            ? measure
            : throw new KeyNotFoundException($"Unknown measure '{id}'. Known measures: {string.Join(", ", _ordered.Select(m => m.Id))}.");

    /// <summary>Looks a measure up by id.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MeasureDefinition? measure) =>
        _byId.TryGetValue(id, out measure);

    /// <summary>Whether a measure with the id exists.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>Returns a catalog that also holds <paramref name="measure"/>.</summary>
    /// <exception cref="ArgumentException">A different measure with the same id is already in the catalog.</exception>
    public MeasureCatalog With(MeasureDefinition measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (_byId.TryGetValue(measure.Id, out MeasureDefinition? existing))
        {
            return existing.Equals(measure)
                ? this
                : throw new ArgumentException($"A different measure with id '{measure.Id}' is already registered.", nameof(measure));
        }

        return new MeasureCatalog(_ordered.Add(measure));
    }

    /// <inheritdoc/>
    public IEnumerator<MeasureDefinition> GetEnumerator() => ((IEnumerable<MeasureDefinition>)_ordered).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
