using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The evaluated value of a metric for one period and segment, or "not available" with a reason; explains itself.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class MetricResult
{
    internal MetricResult(MetricDefinition definition, ReportingPeriod period, Segment segment, MetricValue value)
    {
        Definition = definition;
        Period = period;
        Segment = segment;
        Value = value.Value;
        Reason = value.Reason;
        Inputs = value.Inputs;
    }

    /// <summary>The metric.</summary>
    public MetricDefinition Definition { get; }

    /// <summary>The metric id.</summary>
    public string MetricId => Definition.Id;

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The segment.</summary>
    public Segment Segment { get; }

    /// <summary>The value, or null when not available.</summary>
    public decimal? Value { get; }

    /// <summary>Why there is no value; null when there is one.</summary>
    public string? Reason { get; }

    /// <summary>Whether there is a value.</summary>
    public bool IsAvailable => Value is not null;

    /// <summary>The inputs the computation used.</summary>
    public ImmutableArray<MetricInput> Inputs { get; }

    /// <summary>The formula and the inputs, e.g. <c>gross_margin_rate = gross_margin / revenue = 0.4181 (gross_margin = 209170.04, revenue = 500268.23)</c>.</summary>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Definition.Id} = {Definition.Formula} = ");
        text.Append(Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : $"n/a ({Reason})");
        if (Inputs.Length > 0)
        {
            text.Append(" (");
            text.AppendJoin(", ", Inputs.Select(i => $"{i.Name} = {(i.Value is { } x ? x.ToString(CultureInfo.InvariantCulture) : "n/a")}"));
            text.Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $" [{Period.Label}, {Segment.Label}]");
        return text.ToString();
    }

    /// <summary>The id and the value or reason.</summary>
    public override string ToString() => $"{MetricId} {Period.Label} {Segment.Label}: " + (Value?.ToString(CultureInfo.InvariantCulture) ?? $"n/a ({Reason})");
}
