using System.Numerics;
using System.Runtime.CompilerServices;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// For each reporting period, a dense array from a segment's dimension codes to its cell's slot + 1 (0: not recorded),
/// so that a row finds its cell with one array read instead of hashing its key.
/// </summary>
/// <remarks>
/// <para>Dimension codes from <see cref="DimensionDictionary"/> are dense (0 … count − 1), so a segment's position is
/// its codes side by side: the first code, the next one shifted past the bits of the first dimension's codes, and so
/// on (with one dimension, the code itself). The last dimension needs no bound: a table grows to the positions used.</para>
/// <para>A table is a cache in front of the aggregator's hashed lookup: an entry is recorded after that lookup, and a
/// miss costs nothing but the lookup. A table that has held every cell of its period from the period's first cell on
/// is <em>complete</em>: there, a miss is a new cell, and the hashed lookup is not needed at all. Memory is bounded by
/// the cells: a table is created or grown only while all tables together hold at most <c>intsPerCell</c> entries per
/// cell (at least <see cref="MinimumBudget"/>), so sparse data (few of the possible segments in a period) keeps to
/// the hashed lookup.</para>
/// </remarks>
internal sealed class SegmentSlotTables
{
    /// <summary>Entries allowed whatever the number of cells (1 MB).</summary>
    internal const long MinimumBudget = 1 << 18;

    /// <summary>Positions beyond this many bits are not tabled (a table would be too large to be worth it).</summary>
    private const int MaxBits = 30;

    private readonly DimensionDictionary[] _dictionaries;
    private readonly long _intsPerCell;
    private readonly int[] _shifts = new int[4];
    private readonly int[] _limits = new int[4];
    private readonly List<int[]?> _tables = [];
    private readonly List<int> _cells = [];
    private readonly List<bool> _complete = [];
    private int _limit0;
    private int _shift1;
    private long _entries;
    private bool _laidOut;
    private bool _disabled;

    /// <param name="dictionaries">The dimension dictionaries whose codes key the segments.</param>
    /// <param name="intsPerCell">The table entries allowed per cell.</param>
    public SegmentSlotTables(DimensionDictionary[] dictionaries, int intsPerCell)
    {
        _dictionaries = dictionaries;
        _intsPerCell = Math.Max(1, intsPerCell);
    }

    /// <summary>The number of table entries held (for tests).</summary>
    internal long Entries => _entries;

    /// <summary>Whether every cell of a period is in its table, so that a segment missing there has no cell yet.</summary>
    public bool IsComplete(int period) => period < _complete.Count && _complete[period];

    /// <summary>Whether no cell of a period has been recorded yet (every cell is recorded when it is made).</summary>
    public bool HasNoCells(int period) => period >= _cells.Count || _cells[period] == 0;

    /// <summary>The table of a period, or null when it has none yet.</summary>
    public int[]? Table(int period) => period < _tables.Count ? _tables[period] : null;

    /// <summary>The position of a segment in its period's table, or -1 when the current layout cannot place it.</summary>
    /// <param name="codes">Valid codes, one per dimension.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long PositionOf(ReadOnlySpan<int> codes) => codes.Length switch
    {
        1 => codes[0],
        2 => unchecked((uint)codes[0] < (uint)_limit0 ? (long)(uint)codes[0] | ((long)codes[1] << _shift1) : -1),
        0 => 0,
        _ => PackedPositionOf(codes),
    };

    /// <summary>Records the slot of a segment's cell in a period, when the tables' memory bound allows.</summary>
    /// <param name="period">The period index.</param>
    /// <param name="codes">Valid codes, one per dimension.</param>
    /// <param name="slot">The cell's slot.</param>
    /// <param name="cells">The number of cells so far (bounds the tables' memory).</param>
    /// <param name="newCell">Whether the cell was just created.</param>
    /// <remarks>A code beyond the current layout lays the tables out anew, which drops every table.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per new cell: see FactAggregator.NewSlot
    public void Record(int period, ReadOnlySpan<int> codes, int slot, int cells, bool newCell)
    {
        while (_tables.Count <= period)
        {
            _tables.Add(null);
            _cells.Add(0);
            _complete.Add(false);
        }

        int cellsInPeriod = newCell ? ++_cells[period] : _cells[period];
        long position = PositionOf(codes);
        if (position < 0 && !_disabled)
        {
            // Several dimensions, and a code beyond the bits of its dimension (or no layout yet).
            LayOut();
            position = PositionOf(codes);
        }

        if (position < 0 || position >= Array.MaxLength)
        {
            _complete[period] = false;
            return;
        }

        int[]? table = _tables[period];
        if (table is null || position >= table.Length)
        {
            // Tables are created and grown only with a new cell, so that a row of an existing cell allocates nothing.
            // (A period whose table misses an existing cell is not complete anyway.)
            if (!newCell)
            {
                return;
            }

            int length = table?.Length ?? 0;
            long wanted = Math.Max(position + 1, 2L * length);
            if (codes.Length == 1)
            {
                wanted = Math.Max(wanted, _dictionaries[0].Count);
            }
            else if (codes.Length > 1)
            {
                wanted = Math.Min(Math.Max(wanted, 64), 1L << _shifts[codes.Length - 1] << Bits(_dictionaries[codes.Length - 1].Count));
                wanted = Math.Max(wanted, position + 1);
            }

            wanted = Math.Min(wanted, Array.MaxLength);
            long added = wanted - length;
            if (_entries + added > Math.Max(MinimumBudget, _intsPerCell * cells))
            {
                _complete[period] = false;
                return;
            }

            if (table is null)
            {
                // Complete when the period's first cell is the first entry.
                _complete[period] = newCell && cellsInPeriod == 1;
            }

            Array.Resize(ref table, (int)wanted);

            // Written before it is read (the new part is zero already): see FactAggregator.NewSlot.
            Array.Clear(table, length, table.Length - length);
            _tables[period] = table;
            _entries += added;
        }

        table[position] = slot + 1;
    }

    private static int Bits(int count) => count <= 1 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)(count - 1));

    private long PackedPositionOf(ReadOnlySpan<int> codes)
    {
        if (!_laidOut)
        {
            return -1;
        }

        long position = 0;
        int last = codes.Length - 1;
        for (int d = 0; d < last; d++)
        {
            int code = codes[d];
            if (code >= _limits[d])
            {
                return -1;
            }

            position |= (long)code << _shifts[d];
        }

        position |= (long)codes[last] << _shifts[last];
        return position;
    }

    /// <summary>Sizes each dimension's bits for the codes encoded so far and drops every table.</summary>
    private void LayOut()
    {
        int shift = 0;
        int last = _dictionaries.Length - 1;
        for (int d = 0; d < last; d++)
        {
            int bits = Bits(_dictionaries[d].Count);
            _shifts[d] = shift;
            _limits[d] = 1 << bits;
            shift += bits;
        }

        _shifts[last] = shift;
        _laidOut = true;
        _disabled = shift + Bits(_dictionaries[last].Count) > MaxBits;
        if (_disabled)
        {
            _laidOut = false;
        }

        // The two-dimension case, read without the arrays (0: no position fits while not laid out).
        _limit0 = _laidOut ? _limits[0] : 0;
        _shift1 = _shifts[1];

        for (int p = 0; p < _tables.Count; p++)
        {
            _tables[p] = null;
            _complete[p] = false;
        }

        _entries = 0;
    }
}
