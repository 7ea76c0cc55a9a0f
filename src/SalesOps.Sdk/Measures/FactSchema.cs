using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// The shape of a fact data set: its dimension columns (e.g. <c>sku</c>, <c>store</c>) and the measures each row carries.
/// </summary>
/// <remarks>Immutable. At most <see cref="MaxDimensions"/> dimensions; ids are unique across dimensions and measures.</remarks>
public sealed partial class FactSchema : IEquatable<FactSchema>
{
    /// <summary>The largest number of dimension columns a schema may have.</summary>
    public const int MaxDimensions = 4;

    /// <summary>Creates a schema.</summary>
    /// <param name="dimensions">Dimension column names, snake_case, in key order (e.g. <c>sku</c>, <c>store</c>); may be empty.</param>
    /// <param name="measures">The measures each row carries, in value order; at least one.</param>
    /// <exception cref="ArgumentException">A name is not snake_case, is repeated, or there are too many dimensions or no measures.</exception>
    public FactSchema(IEnumerable<string> dimensions, IEnumerable<MeasureDefinition> measures)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(measures);
        Dimensions = [.. dimensions];
        Measures = [.. measures];

        if (Dimensions.Length > MaxDimensions)
        {
            throw new ArgumentException($"A schema has at most {MaxDimensions} dimensions, not {Dimensions.Length}.", nameof(dimensions));
        }

        foreach (string dimension in Dimensions)
        {
            if (dimension is null || !SnakeCase().IsMatch(dimension))
            {
                throw new ArgumentException($"A dimension name is snake_case ([a-z][a-z0-9_]*), not '{dimension}'.", nameof(dimensions));
            }
        }

        if (Measures.Length == 0)
        {
            throw new ArgumentException("A schema needs at least one measure.", nameof(measures));
        }

        if (Measures.Any(m => m is null))
        {
            throw new ArgumentException("A schema's measures may not contain null.", nameof(measures));
        }

        string? duplicate = Dimensions.Concat(Measures.Select(m => m.Id))
            .GroupBy(n => n, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"'{duplicate}' appears more than once among the dimensions and measures.", nameof(measures));
        }
    }

    /// <summary>The dimension column names, in key order.</summary>
    public ImmutableArray<string> Dimensions { get; }

    /// <summary>The measures, in the order row values are given.</summary>
    public ImmutableArray<MeasureDefinition> Measures { get; }

    /// <summary>The index of a measure in <see cref="Measures"/>, or −1.</summary>
    public int IndexOfMeasure(string id)
    {
        for (int i = 0; i < Measures.Length; i++)
        {
            if (string.Equals(Measures[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of a dimension in <see cref="Dimensions"/>, or −1.</summary>
    public int IndexOfDimension(string name) => Dimensions.IndexOf(name, StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool Equals(FactSchema? other) =>
        other is not null
        && Dimensions.SequenceEqual(other.Dimensions, StringComparer.Ordinal)
        && Measures.SequenceEqual(other.Measures);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactSchema);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dimensions.Length, Measures.Length, Measures.Length > 0 ? Measures[0].Id : null);

    /// <summary>The dimensions and measures, e.g. <c>[sku, store] revenue, cogs</c>.</summary>
    public override string ToString() => $"[{string.Join(", ", Dimensions)}] {string.Join(", ", Measures.Select(m => m.Id))}";

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
