namespace SalesOps.Sdk.Measures;

/// <summary>
/// Where the aggregation state of one cell is — <see cref="CubeLayout.StateLength"/> longs of <paramref name="Array"/>
/// from <paramref name="Offset"/>, shared and never written once the cube is built — with the cell's first and last
/// day with rows. A cube keeps its cells as these, and makes the <see cref="FactCell"/> objects on first use.
/// </summary>
internal readonly record struct CellState(long[] Array, int Offset, int FirstDay, int LastDay)
{
    /// <summary>The state's longs.</summary>
    public ReadOnlySpan<long> Span(CubeLayout layout) => new(Array, Offset, layout.StateLength);
}
