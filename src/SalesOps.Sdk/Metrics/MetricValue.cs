using System.Collections.Immutable;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// What a metric computes for one cell: a value, or "not available" with the reason; with the inputs used, for the
/// explanation. Never NaN or infinity.
/// </summary>
public readonly record struct MetricValue
{
    private MetricValue(decimal? value, string? reason, ImmutableArray<MetricInput> inputs)
    {
        Value = value;
        Reason = reason;
        Inputs = inputs.IsDefault ? [] : inputs;
    }

    /// <summary>The value, or null when not available.</summary>
    public decimal? Value { get; }

    /// <summary>Why there is no value (null when there is one).</summary>
    public string? Reason { get; }

    /// <summary>The inputs the computation used.</summary>
    public ImmutableArray<MetricInput> Inputs { get; }

    /// <summary>Whether there is a value.</summary>
    public bool IsAvailable => Value is not null;

    /// <summary>A value with the inputs that produced it.</summary>
    public static MetricValue Of(decimal value, params MetricInput[] inputs) => new(value, null, [.. inputs]);

    /// <summary>
    /// A value computed in floating point (e.g. a square root): NaN or infinity become "not available", never a value.
    /// </summary>
    public static MetricValue FromDouble(double value, params MetricInput[] inputs)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return NotAvailable($"the computation gave {value}", inputs);
        }

        try
        {
            return Of((decimal)value, inputs);
        }
        catch (OverflowException)
        {
            return NotAvailable($"the value {value} is out of range", inputs);
        }
    }

    /// <summary>No value, with the reason (e.g. <c>division by zero: revenue is 0</c>).</summary>
    public static MetricValue NotAvailable(string reason, params MetricInput[] inputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason, [.. inputs]);
    }

    /// <summary>A value or a reason with inputs the caller created for it alone: wraps the array without copying.</summary>
    internal static MetricValue Owned(decimal? value, string? reason, MetricInput[] inputs) =>
        new(value, reason, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(inputs));

    /// <summary>The value or the reason.</summary>
    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"n/a ({Reason})";
}
