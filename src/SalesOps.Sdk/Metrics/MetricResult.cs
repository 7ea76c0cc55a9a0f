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
    private readonly EvaluationStore _store;
    private readonly int _row;
    private readonly int _metricIndex;
    private MetricInput[]? _inputs;

    // A view of one position of the evaluation's compact storage: the value, the reason, the metric, the period and
    // the segment are read from there, so the object stays small.
    internal MetricResult(EvaluationStore store, int row, int metricIndex)
    {
        _store = store;
        _row = row;
        _metricIndex = metricIndex;
    }

    /// <summary>The metric.</summary>
    public MetricDefinition Definition => _store.Catalog.Ordered[_metricIndex].Definition;

    /// <summary>The metric id.</summary>
    public string MetricId => Definition.Id;

    /// <summary>The period.</summary>
    public ReportingPeriod Period => _store.Cube.Periods[_store.PeriodOfRow[_row]];

    /// <summary>The segment.</summary>
    public Segment Segment => _store.Cube.Segments[_store.SegmentOfRow[_row]];

    /// <summary>The value, or null when not available.</summary>
    public decimal? Value => _store.Value(_row, _metricIndex);

    /// <summary>Why there is no value; null when there is one.</summary>
    public string? Reason => _store.Reason(_row, _metricIndex);

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
        MetricValue recomputed = _store.Series(_store.SegmentOfRow[_row]).Recompute(_store.PeriodOfRow[_row], _metricIndex);
        MetricInput[] inputs = ImmutableCollectionsMarshal.AsArray(recomputed.Inputs) ?? [];
        return Interlocked.CompareExchange(ref _inputs, inputs, null) ?? inputs;
    }

    /// <summary>The id and the value or reason.</summary>
    public override string ToString() => $"{MetricId} {Period.Label} {Segment.Label}: " + (Value?.ToString(CultureInfo.InvariantCulture) ?? $"n/a ({Reason})");
}
