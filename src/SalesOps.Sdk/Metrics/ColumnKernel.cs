using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Metrics;

/// <summary>A metric bound to one evaluation: computes the value, or the reason, of one row.</summary>
internal abstract class ColumnKernel
{
    /// <summary>The value of the row, or null with <paramref name="reason"/>.</summary>
    /// <param name="row">The row: the index of the cell in the cube.</param>
    /// <param name="cell">The cell of the row.</param>
    /// <param name="reason">Why there is no value; null when there is one.</param>
    public abstract decimal? Evaluate(int row, FactCell cell, out string? reason);
}
