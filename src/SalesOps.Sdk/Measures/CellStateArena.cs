namespace SalesOps.Sdk.Measures;

/// <summary>
/// Hands out the state blocks of new cells (<see cref="CubeLayout.StateLength"/> longs each) from a few large arrays,
/// so that building a cube allocates in proportion to its cells without one set of arrays per cell.
/// </summary>
/// <remarks>
/// A block is zeroed when handed out; it is written once while its cell is built, then never again. Handing it out
/// writes its zeros even though a new array is zero already: a large array's pages come fresh from the operating system,
/// and a page whose first access is a read (merging adds to the block) faults twice, the second time flushing the page
/// from the TLB of every core running the process; written first, it faults once.
/// </remarks>
internal sealed class CellStateArena
{
    // At most 2^24 longs (128 MB) per array: far below the array length limit, and large cubes take a few arrays.
    private const int MaxChunkLongs = 1 << 24;

    private readonly int _stateLength;
    private readonly int _cellsPerChunk;
    private long[] _chunk = [];
    private int _used;
    private int _nextChunkCells;

    /// <param name="stateLength">The length of one block.</param>
    /// <param name="expectedCells">How many blocks are expected (sizes the first array; more are still handed out).</param>
    public CellStateArena(int stateLength, int expectedCells)
    {
        _stateLength = Math.Max(1, stateLength);
        _cellsPerChunk = Math.Max(1, MaxChunkLongs / _stateLength);
        _nextChunkCells = Math.Clamp(expectedCells, 1, _cellsPerChunk);
    }

    /// <summary>A zeroed block: the array and the offset of its first long.</summary>
    public (long[] Array, int Offset) Allocate()
    {
        if (_used + _stateLength > _chunk.Length)
        {
            _chunk = new long[_nextChunkCells * _stateLength];
            _used = 0;
            _nextChunkCells = Math.Min(_cellsPerChunk, Math.Max(16, _nextChunkCells * 2));
        }

        int offset = _used;
        _used += _stateLength;
        _chunk.AsSpan(offset, _stateLength).Clear();
        return (_chunk, offset);
    }
}
