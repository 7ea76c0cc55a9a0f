using System.Text.RegularExpressions;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// A named base quantity with a unit and an aggregation rule: the columns of the fact data.
/// </summary>
/// <remarks>
/// Immutable. Flows (<see cref="TimeAggregation.Sum"/>) add up over time and segments; stocks are
/// semi-additive: summed across segments on a date, then combined across the dates of a period by
/// their <see cref="TimeAggregation"/>. Values carry at most <see cref="FactValue.DecimalPlaces"/>
/// decimal places and are stored exactly.
/// </remarks>
public sealed partial class MeasureDefinition : IEquatable<MeasureDefinition>
{
    /// <summary>Creates a measure definition.</summary>
    /// <param name="id">A snake_case identifier, also the CSV column name (e.g. <c>on_hand_value</c>).</param>
    /// <param name="displayName">A human-readable name.</param>
    /// <param name="unit">The unit of the values.</param>
    /// <param name="timeAggregation">How the dates of a period combine.</param>
    /// <param name="description">What the measure is, for documentation.</param>
    /// <param name="allowsNegative">Whether negative values are valid input (false for units and stock).</param>
    /// <param name="isFlag">Whether the only valid values are 0 and 1 (e.g. <c>stockout</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not snake_case or <paramref name="displayName"/> is blank.</exception>
    public MeasureDefinition(
        string id,
        string displayName,
        MeasureUnit unit,
        TimeAggregation timeAggregation,
        string description = "",
        bool allowsNegative = true,
        bool isFlag = false)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(description);
        if (!SnakeCase().IsMatch(id))
        {
            throw new ArgumentException($"A measure id is snake_case ([a-z][a-z0-9_]*), not '{id}'.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException($"Measure '{id}' needs a display name.", nameof(displayName));
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined MeasureUnit.");
        }

        if (!Enum.IsDefined(timeAggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(timeAggregation), timeAggregation, "Not a defined TimeAggregation.");
        }

        Id = id;
        DisplayName = displayName;
        Unit = unit;
        TimeAggregation = timeAggregation;
        Description = description;
        AllowsNegative = allowsNegative && !isFlag;
        IsFlag = isFlag;
    }

    /// <summary>The snake_case identifier, also the input column name.</summary>
    public string Id { get; }

    /// <summary>The human-readable name.</summary>
    public string DisplayName { get; }

    /// <summary>The unit of the values.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>How the dates of a period combine; segments are always summed.</summary>
    public TimeAggregation TimeAggregation { get; }

    /// <summary>What the measure is.</summary>
    public string Description { get; }

    /// <summary>Whether a negative value is valid input; if not, ingestion refuses it.</summary>
    public bool AllowsNegative { get; }

    /// <summary>Whether the only valid values are 0 and 1; ingestion refuses anything else.</summary>
    public bool IsFlag { get; }

    /// <summary>True for a flow (summed over time), false for a semi-additive stock.</summary>
    public bool IsAdditive => TimeAggregation == TimeAggregation.Sum;

    /// <summary>Creates a flow measure: summed over time and segments.</summary>
    public static MeasureDefinition Flow(string id, string displayName, MeasureUnit unit, string description = "", bool allowsNegative = true) =>
        new(id, displayName, unit, TimeAggregation.Sum, description, allowsNegative);

    /// <summary>Creates a 0/1 flag measure, summed as a flow (the sum counts the rows where the flag is set).</summary>
    public static MeasureDefinition Flag(string id, string displayName, string description = "") =>
        new(id, displayName, MeasureUnit.Count, TimeAggregation.Sum, description, allowsNegative: false, isFlag: true);

    /// <summary>Creates a stock measure: summed across segments, combined over time by <paramref name="timeAggregation"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="timeAggregation"/> is <see cref="TimeAggregation.Sum"/>.</exception>
    public static MeasureDefinition Stock(
        string id,
        string displayName,
        MeasureUnit unit,
        TimeAggregation timeAggregation = TimeAggregation.Average,
        string description = "",
        bool allowsNegative = false)
    {
        if (timeAggregation == TimeAggregation.Sum)
        {
            throw new ArgumentException("A stock is semi-additive: use Average, Last, First, Min or Max, or define a Flow.", nameof(timeAggregation));
        }

        return new(id, displayName, unit, timeAggregation, description, allowsNegative);
    }

    /// <inheritdoc/>
    public bool Equals(MeasureDefinition? other) =>
        other is not null
        && Id == other.Id
        && DisplayName == other.DisplayName
        && Unit == other.Unit
        && TimeAggregation == other.TimeAggregation
        && Description == other.Description
        && AllowsNegative == other.AllowsNegative
        && IsFlag == other.IsFlag;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasureDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Unit, TimeAggregation);

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
