namespace SalesOps.Sdk.Metrics;

/// <summary>
/// The values of one metric for every row of a <see cref="MetricResultSet"/>, in the order of its
/// <see cref="MetricResultSet.Rows"/> (the cube's cells: period then segment), read straight from the evaluation's
/// storage: the fast way to read every value of a large evaluation.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Like a column of a columnar format, it is a span of values and, apart, which rows have
/// none: <see cref="Values"/> holds 0 for a row without a value, so check <see cref="HasValue"/> (or
/// <see cref="MissingCount"/> once for the whole column) before trusting a 0. Row <c>i</c> is the same as
/// <c>Rows[i][metricId]</c>. Keeping a column keeps the evaluation's storage alive.
/// </remarks>
public sealed class MetricColumn
{
    private readonly decimal[] _values;
    private readonly string?[]? _reasons;
    private int _missingCount = -1;

    internal MetricColumn(MetricDefinition definition, decimal[] values, string?[]? reasons, int count)
    {
        Definition = definition;
        _values = values;
        _reasons = reasons;
        Count = count;
    }

    /// <summary>The metric.</summary>
    public MetricDefinition Definition { get; }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The value of every row; 0 where the row has no value (<see cref="HasValue"/> is false there).</summary>
    public ReadOnlySpan<decimal> Values => _values.AsSpan(0, Count);

    /// <summary>The number of rows without a value; 0 means every entry of <see cref="Values"/> is a value.</summary>
    public int MissingCount
    {
        get
        {
            if (_missingCount < 0)
            {
                int missing = 0;
                if (_reasons is not null)
                {
                    foreach (string? reason in _reasons.AsSpan(0, Count))
                    {
                        missing += reason is null ? 0 : 1;
                    }
                }

                _missingCount = missing;
            }

            return _missingCount;
        }
    }

    /// <summary>The value of a row, or null when the metric is not available there.</summary>
    /// <param name="row">The row index, as in <see cref="MetricResultSet.Rows"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row is not in 0 … <see cref="Count"/> − 1.</exception>
    public decimal? this[int row] => HasValue(row) ? _values[row] : null;

    /// <summary>Whether the metric has a value in a row.</summary>
    /// <param name="row">The row index, as in <see cref="MetricResultSet.Rows"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row is not in 0 … <see cref="Count"/> − 1.</exception>
    public bool HasValue(int row) => Reason(row) is null;

    /// <summary>Why the metric is not available in a row; null where it has a value.</summary>
    /// <param name="row">The row index, as in <see cref="MetricResultSet.Rows"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row is not in 0 … <see cref="Count"/> − 1.</exception>
    public string? Reason(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        return _reasons?[row];
    }
}
