namespace SalesOps.Sdk.Orleans;

/// <summary>What a partition aggregates into: the schema of its rows, the reporting calendar and the period grain.</summary>
/// <remarks>
/// Immutable. Serialised by Orleans through a surrogate: the calendar travels as its JSON definition (a preset by
/// name, a custom retail calendar by its options), so silos need no calendar registration.
/// </remarks>
public sealed class FactPartitionSpec : IEquatable<FactPartitionSpec>
{
    /// <summary>Creates a specification.</summary>
    /// <param name="schema">The dimensions and measures of the rows.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="grain">The period grain.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grain"/> is not a defined grain.</exception>
    public FactPartitionSpec(FactSchema schema, ReportingCalendar calendar, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!Enum.IsDefined(grain))
        {
            throw new ArgumentOutOfRangeException(nameof(grain), grain, "Not a defined PeriodGrain.");
        }

        Schema = schema;
        Calendar = calendar;
        Grain = grain;
    }

    /// <summary>The dimensions and measures of the rows.</summary>
    public FactSchema Schema { get; }

    /// <summary>The reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The period grain.</summary>
    public PeriodGrain Grain { get; }

    /// <inheritdoc/>
    public bool Equals(FactPartitionSpec? other) =>
        other is not null
        && Schema.Equals(other.Schema)
        && string.Equals(Calendar.Name, other.Calendar.Name, StringComparison.Ordinal)
        && Grain == other.Grain;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactPartitionSpec);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Schema, Calendar.Name, Grain);

    /// <summary>The calendar, grain and schema.</summary>
    public override string ToString() => $"{Calendar.Name} {Grain} {Schema}";
}
