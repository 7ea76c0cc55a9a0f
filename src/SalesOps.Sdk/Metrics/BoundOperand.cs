using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// A <see cref="MetricOperand"/> resolved against one evaluation: the measure's loaded column or position in the cube,
/// or the metric's stored column (finished: a metric reads only metrics evaluated before it). Reads what <see cref="MetricOperand.Read(MetricContext, out MetricInput, out string?)"/>
/// reads, with the same reasons.
/// </summary>
internal readonly struct BoundOperand
{
    private readonly string _id;
    private readonly int _measure;
    private readonly TimeAggregation _aggregation;
    private readonly decimal[]? _values;
    private readonly string?[]? _reasons;
    private readonly string? _missing;
    private readonly decimal[]? _measureColumn;

    public BoundOperand(MetricOperand operand, EvaluationStore store)
    {
        _id = operand.Id;
        _measure = -1;
        if (operand.IsMetric)
        {
            int metric = store.Catalog.IndexOf(operand.Id);
            if (metric < 0 || store.SlotOfMetric[metric] < 0)
            {
                throw new InvalidOperationException($"Metric '{operand.Id}' is not evaluated.");
            }

            _values = store.Values(metric);
            _reasons = store.Reasons(metric);
        }
        else
        {
            _measure = store.Cube.Layout.IndexOf(operand.Id);
            if (_measure >= 0)
            {
                _aggregation = operand.Aggregation ?? store.Cube.Layout.Measures[_measure].TimeAggregation;
                _measureColumn = store.MeasureColumn(_measure, _aggregation);
            }
            else
            {
                _missing = MetricOperand.MissingReason(operand.Id);
            }
        }
    }

    /// <summary>
    /// The operand's values as a whole column (a metric's, or a loaded measure's), or null when it is read cell by
    /// cell; a row is a value unless <see cref="ColumnReasons"/> has a reason there.
    /// </summary>
    public decimal[]? Column => _values ?? _measureColumn;

    /// <summary>The reasons of <see cref="Column"/>: null when every row has a value.</summary>
    public string?[]? ColumnReasons => _reasons;

    /// <summary>The value in a row, or null when not available (then <see cref="Reason"/> says why).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public decimal? Read(int row, FactCube cube) =>
        _values is not null ? (_reasons is null || _reasons[row] is null ? _values[row] : null)
        : _measureColumn is not null ? _measureColumn[row]
        : _measure >= 0 ? cube.Cells[row].Aggregate(_measure, _aggregation)
        : null;

    /// <summary>Why the operand has no value in a row.</summary>
    public string Reason(int row) =>
        _values is not null ? MetricOperand.UnavailableReason(_id, _reasons![row]) : _missing!;
}
