using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Metrics;

/// <summary>A numerator or denominator of a ratio metric: a measure's period value or another metric's result.</summary>
public readonly record struct MetricOperand
{
    private MetricOperand(string id, bool isMetric, TimeAggregation? aggregation)
    {
        Id = id;
        IsMetric = isMetric;
        Aggregation = aggregation;
    }

    /// <summary>The measure or metric id.</summary>
    public string Id { get; }

    /// <summary>True for a metric, false for a measure.</summary>
    public bool IsMetric { get; }

    /// <summary>For a measure, the time-aggregation rule to use instead of its own; null for its own.</summary>
    public TimeAggregation? Aggregation { get; }

    /// <summary>A measure's period value, by its own rule or <paramref name="aggregation"/>.</summary>
    public static MetricOperand Measure(string measureId, TimeAggregation? aggregation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measureId);
        return new(measureId, false, aggregation);
    }

    /// <summary>Another metric's result for the same period and segment.</summary>
    public static MetricOperand Metric(string metricId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        return new(metricId, true, null);
    }

    private static string MissingHint(string measureId) => measureId switch
    {
        "forecast_abs_error" or "ape_sum" or "ape_rows" => "derived from the forecast_units and units_sold columns, which the data lacks",
        _ => "no such column in the data",
    };

    /// <summary>The reason of a measure operand the data lacks.</summary>
    internal static string MissingReason(string measureId) => $"missing measure '{measureId}' ({MissingHint(measureId)})";

    /// <summary>The reason of a metric operand without a value.</summary>
    internal static string UnavailableReason(string metricId, string? reason) => $"{metricId} is not available: {reason}";

    internal MetricValue Read(MetricContext context)
    {
        decimal? value = Read(context, out MetricInput input, out string? reason);
        return MetricValue.Owned(value, reason, [input]);
    }

    /// <summary>The operand's value (null with <paramref name="reason"/> when not available) and its input for the explanation.</summary>
    internal decimal? Read(MetricContext context, out MetricInput input, out string? reason)
    {
        decimal? value;
        if (IsMetric)
        {
            MetricResult result = context.Metric(Id);
            value = result.Value;
            reason = value is null ? UnavailableReason(Id, result.Reason) : null;
        }
        else
        {
            value = Aggregation is { } a ? context.Measure(Id, a) : context.Measure(Id);
            reason = value is null ? MissingReason(Id) : null;
        }

        input = new MetricInput(Id, value);
        return value;
    }
}
