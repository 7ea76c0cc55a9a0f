namespace SalesOps.Sdk.Metrics;

/// <summary>Where a kernel writes one metric's column: the values, and a reason for every row without one.</summary>
internal sealed class ColumnOutput(EvaluationStore store, int metric, decimal[] values)
{
    /// <summary>One value per row; 0 where the row has none.</summary>
    public decimal[] Values { get; } = values;

    /// <summary>Marks a row as having no value, with the reason (made the column's reasons on the first call).</summary>
    public void Missing(int row, string reason)
    {
        Values[row] = 0m;
        store.EnsureReasons(metric)[row] = reason;
    }

    /// <summary>Writes a row: the value, or 0 and the reason.</summary>
    public void Write(int row, decimal? value, string? reason)
    {
        if (value is { } v)
        {
            Values[row] = v;
        }
        else
        {
            Missing(row, reason!);
        }
    }
}
