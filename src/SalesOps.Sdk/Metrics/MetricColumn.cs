namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The values and reasons of one metric for every row of a <see cref="MetricResultSet"/>, in the order of its
/// <see cref="MetricResultSet.Rows"/> (the cube's cells: period then segment), read straight from the evaluation's
/// storage: the fast way to read every value of a large evaluation.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Row <c>i</c> has a value (<c>Values[i]</c> not null) or a reason (<c>Reasons[i]</c> not
/// null), never both; it is the same as <c>Rows[i][metricId]</c>. Keeping a column keeps the evaluation's storage alive.
/// </remarks>
public sealed class MetricColumn
{
    private readonly decimal?[] _values;
    private readonly string?[] _reasons;
    private readonly int _start;

    internal MetricColumn(MetricDefinition definition, decimal?[] values, string?[] reasons, int start, int count)
    {
        Definition = definition;
        _values = values;
        _reasons = reasons;
        _start = start;
        Count = count;
    }

    /// <summary>The metric.</summary>
    public MetricDefinition Definition { get; }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The value of every row; null where the metric is not available.</summary>
    public ReadOnlySpan<decimal?> Values => _values.AsSpan(_start, Count);

    /// <summary>Why the metric is not available, for every row; null where there is a value.</summary>
    public ReadOnlySpan<string?> Reasons => _reasons.AsSpan(_start, Count);

    /// <summary>The value of a row, or null when not available.</summary>
    /// <param name="row">The row index, as in <see cref="MetricResultSet.Rows"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row is not in 0 … <see cref="Count"/> − 1.</exception>
    public decimal? this[int row]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
            return _values[_start + row];
        }
    }
}
