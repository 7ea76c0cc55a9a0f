using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The evaluated value of a metric for one period and segment, or "not available" with a reason; explains itself.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The explanation <see cref="Inputs"/> are not stored with the value: they are computed
/// on first access by evaluating the (pure) metric again for this cell over the stored results, which gives the same
/// inputs as the evaluation did.
/// </remarks>
public sealed class MetricResult
{
    private readonly EvaluationSeries _series;
    private readonly int _periodIndex;
    private readonly int _metricIndex;
    private MetricInput[]? _inputs;

    // A view of one position of the evaluation's compact storage: the value, the reason, the metric, the period and
    // the segment are read from there, so the object stays small.
    internal MetricResult(EvaluationSeries series, int periodIndex, int metricIndex)
    {
        _series = series;
        _periodIndex = periodIndex;
        _metricIndex = metricIndex;
    }

    /// <summary>The metric.</summary>
    public MetricDefinition Definition => _series.Catalog.Ordered[_metricIndex].Definition;

    /// <summary>The metric id.</summary>
    public string MetricId => Definition.Id;

    /// <summary>The period.</summary>
    public ReportingPeriod Period => _series.Cube.Periods[_periodIndex];

    /// <summary>The segment.</summary>
    public Segment Segment => _series.Segment;

    /// <summary>The value, or null when not available.</summary>
    public decimal? Value => _series.ValueAt(_periodIndex, _metricIndex);

    /// <summary>Why there is no value; null when there is one.</summary>
    public string? Reason => _series.ReasonAt(_periodIndex, _metricIndex);

    /// <summary>Whether there is a value.</summary>
    public bool IsAvailable => Value is not null;

    /// <summary>The inputs the computation used.</summary>
    public ImmutableArray<MetricInput> Inputs => ImmutableCollectionsMarshal.AsImmutableArray(_inputs ?? ComputeInputs());

    /// <summary>The formula and the inputs, e.g. <c>gross_margin_rate = gross_margin / revenue = 0.4181 (gross_margin = 209170.04, revenue = 500268.23)</c>.</summary>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Definition.Id} = {Definition.Formula} = ");
        decimal? value = Value;
        text.Append(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : $"n/a ({Reason})");
        if (Inputs.Length > 0)
        {
            text.Append(" (");
            text.AppendJoin(", ", Inputs.Select(i => $"{i.Name} = {(i.Value is { } x ? x.ToString(CultureInfo.InvariantCulture) : "n/a")}"));
            text.Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $" [{Period.Label}, {Segment.Label}]");
        return text.ToString();
    }

    private MetricInput[] ComputeInputs()
    {
        MetricInput[] inputs = ImmutableCollectionsMarshal.AsArray(_series.Recompute(_periodIndex, _metricIndex).Inputs) ?? [];
        return Interlocked.CompareExchange(ref _inputs, inputs, null) ?? inputs;
    }

    /// <summary>The id and the value or reason.</summary>
    public override string ToString() => $"{MetricId} {Period.Label} {Segment.Label}: " + (Value?.ToString(CultureInfo.InvariantCulture) ?? $"n/a ({Reason})");
}
