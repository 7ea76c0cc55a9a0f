using System.Collections.Immutable;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// A slice of the business: one value per dimension (e.g. <c>sku=SKU-1, store=S01</c>), or the total over everything.
/// </summary>
/// <remarks>Immutable; equality is by dimension names and values (ordinal).</remarks>
public sealed class Segment : IEquatable<Segment>
{
    /// <summary>Creates a segment.</summary>
    /// <param name="dimensions">The dimension names.</param>
    /// <param name="values">One value per dimension.</param>
    /// <exception cref="ArgumentException">The counts differ.</exception>
    public Segment(IEnumerable<string> dimensions, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(values);
        Dimensions = [.. dimensions];
        Values = [.. values];
        if (Dimensions.Length != Values.Length)
        {
            throw new ArgumentException($"A segment needs one value per dimension: {Dimensions.Length} dimensions, {Values.Length} values.", nameof(values));
        }
    }

    /// <summary>The total over all segments (no dimensions).</summary>
    public static Segment Total { get; } = new([], []);

    /// <summary>The dimension names.</summary>
    public ImmutableArray<string> Dimensions { get; }

    /// <summary>The values, one per dimension.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>True for the total (no dimensions).</summary>
    public bool IsTotal => Dimensions.Length == 0;

    /// <summary>The values joined with <c>/</c>, or <c>total</c>.</summary>
    public string Label => IsTotal ? "total" : string.Join("/", Values);

    /// <summary>The value of a dimension.</summary>
    /// <exception cref="KeyNotFoundException">The segment has no such dimension.</exception>
    public string this[string dimension]
    {
        get
        {
            int index = Dimensions.IndexOf(dimension, StringComparer.Ordinal);
            return index >= 0 ? Values[index] : throw new KeyNotFoundException($"Segment {Label} has no dimension '{dimension}'.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(Segment? other) =>
        other is not null
        && Dimensions.SequenceEqual(other.Dimensions, StringComparer.Ordinal)
        && Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Segment);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (string value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Orders segments by their values, ordinal, dimension by dimension.</summary>
    public static IComparer<Segment> Comparer { get; } = Comparer<Segment>.Create(static (a, b) => a.CompareTo(b));

    private int CompareTo(Segment? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (int i = 0; i < Math.Min(Values.Length, other.Values.Length); i++)
        {
            int c = string.CompareOrdinal(Values[i], other.Values[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return Values.Length.CompareTo(other.Values.Length);
    }

    /// <summary>The <see cref="Label"/>.</summary>
    public override string ToString() => Label;
}
