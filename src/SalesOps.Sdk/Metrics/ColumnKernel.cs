namespace SalesOps.Sdk.Metrics;

/// <summary>A metric bound to one evaluation: computes the values, or the reasons, of a range of rows.</summary>
internal abstract class ColumnKernel
{
    /// <summary>
    /// Computes the rows from <paramref name="row"/> up to <paramref name="to"/>: the value into the output's values,
    /// or 0 there and the reason. <paramref name="row"/> advances past every finished row, so when a row throws, it is
    /// the row at <paramref name="row"/> (the engine records the failure and carries on with the next one).
    /// </summary>
    public abstract void Evaluate(ref int row, int to, ColumnOutput output);
}
