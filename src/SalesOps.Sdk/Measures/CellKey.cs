using System.Runtime.CompilerServices;

namespace SalesOps.Sdk.Measures;

/// <summary>The key of a cube cell during aggregation: period index and up to four dimension codes.</summary>
internal readonly record struct CellKey(int Period, int C0, int C1, int C2, int C3)
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into FactAggregator.FindSlot, once per new cell
    public CellKey(int period, ReadOnlySpan<int> codes)
        : this(
            period,
            codes.Length > 0 ? codes[0] : 0,
            codes.Length > 1 ? codes[1] : 0,
            codes.Length > 2 ? codes[2] : 0,
            codes.Length > 3 ? codes[3] : 0)
    {
    }

    public int Code(int dimension) => dimension switch
    {
        0 => C0,
        1 => C1,
        2 => C2,
        _ => C3,
    };
}
