using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// Aggregates streamed fact rows into the cells of a <see cref="FactCube"/> keyed by reporting period × segment.
/// </summary>
/// <remarks>
/// <para>Memory grows with periods × segments, never with rows; adding a row allocates nothing once its cell
/// exists. Values are kept exactly (see <see cref="FactValue"/>).</para>
/// <para>An aggregator is a mutable builder for one thread. To aggregate partitions in parallel, give each its own
/// aggregator and combine the cubes with <see cref="FactCube.Merge"/> (associative and commutative, with
/// <see cref="FactCube.Empty"/> as identity), or let <see cref="FactAggregation"/> do it.</para>
/// </remarks>
public sealed class FactAggregator : IFactRowWriter
{
    private readonly CubeLayout _layout;
    private readonly DimensionDictionary[] _dictionaries;
    private readonly Dictionary<LocalDate, int> _periodIndexByStart = [];
    private readonly Dictionary<LocalDate, int> _periodIndexByDate = [];
    private readonly List<ReportingPeriod> _periods = [];
    private readonly Dictionary<CellKey, int> _slots = [];
    private readonly List<CellKey> _slotKeys = [];
    private readonly int[] _stockMeasures;
    private readonly int[] _minMaxMeasures;
    private readonly bool[] _nonNegative;
    private readonly bool[] _flag;
    private readonly long[] _nonNegativeMask;
    private readonly int[] _flagMeasures;
    private readonly int _blockLength;
    private readonly long[] _rowBuffer;
    private readonly int[] _codeBuffer;

    // The number of codes of each dimension (kept with the dictionaries), and where the per-row path finds things:
    // positions in a cell's block (-1 when the layout has no such state) and measure indices of the row.
    private readonly int[] _codeCounts;
    private readonly int _sumsAt;
    private readonly int _rowCountAt;
    private readonly int _errorAt;
    private readonly int _apeSumAt;
    private readonly int _apeRowsAt;
    private readonly int _forecastIndex;
    private readonly int _soldIndex;
    private readonly int _firstStocksAt;
    private readonly int _lastStocksAt;

    // The state of every cell in one array, one block of _blockLength longs per slot, so that a row touches as few
    // cache lines as possible: the first and last day with rows, then the cell's state as a FactCell keeps it (date
    // bits, measure sums, first- and last-date totals of the stocks, per-day totals of the Min/Max measures).
    // The blocks live in chunks of 2^_chunkShift slots (about 1 MB each), so growing never copies the state of the
    // cells already there; only the first chunk grows (doubling) up to its full size, so small aggregations stay small.
    private readonly int _chunkShift;
    private readonly int _chunkMask;
    private long[][] _chunks = [[]];

    // Set once a cube took the state (ToCubeTakingState): from then on a row would change that cube.
    private bool _spent;
    private int _slotCount;

    // The slots below this one are all in _slots; later ones may have been created through a complete slot table
    // without it (see FindSlot).
    private int _indexedSlots;

    // Per period, a dense table from the segment's codes to its cell's slot (see SegmentSlotTables).
    private readonly SegmentSlotTables _slotTables;

    private LocalDate _cachedDate;
    private int _cachedPeriod = -1;
    private int _cachedDay;
    private int[]? _cachedTable;
    private CellKey _cachedKey;
    private int _cachedSlot = -1;

    // The slot last used by each segment (combination of dimension codes): rows of one segment in one period find
    // their cell without hashing, even when rows arrive in date order (every SKU of a day, then the next day).
    // O(distinct codes) memory: see ResizeRecent.
    private SlotByCode[] _recent = [];
    private bool _recentHashed;
    private int _recentLimit0;
    private int _recentLimit1;
    private int _recentLimit2;
    private int _recentLimit3;
    private int _recentShift1;
    private int _recentShift2;
    private int _recentShift3;

    /// <summary>Creates an aggregator.</summary>
    /// <param name="schema">The dimensions and measures of the rows.</param>
    /// <param name="calendar">The reporting calendar that assigns dates to periods.</param>
    /// <param name="grain">The period grain of the cube.</param>
    public FactAggregator(FactSchema schema, ReportingCalendar calendar, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!Enum.IsDefined(grain))
        {
            throw new ArgumentOutOfRangeException(nameof(grain), grain, "Not a defined PeriodGrain.");
        }

        Schema = schema;
        Calendar = calendar;
        Grain = grain;
        _layout = new CubeLayout(schema, grain);
        _dictionaries = [.. schema.Dimensions.Select(_ => new DimensionDictionary())];
        _stockMeasures = [.. _layout.StockMeasures];
        _minMaxMeasures = [.. _layout.MinMaxMeasures];
        _nonNegative = [.. schema.Measures.Select(m => !m.AllowsNegative)];
        _flag = [.. schema.Measures.Select(m => m.IsFlag)];
        _nonNegativeMask = [.. _nonNegative.Select(n => n ? -1L : 0L)];
        _flagMeasures = [.. Enumerable.Range(0, schema.Measures.Length).Where(i => _flag[i])];
        _blockLength = BlockHeader + _layout.StateLength;
        _chunkShift = Math.Max(0, BitOperations.Log2((uint)(ChunkLongs / _blockLength)));
        _chunkMask = (1 << _chunkShift) - 1;
        _rowBuffer = new long[schema.Measures.Length];
        _codeBuffer = new int[schema.Dimensions.Length];
        _slotTables = new SegmentSlotTables(_dictionaries, _blockLength);
        _codeCounts = new int[schema.Dimensions.Length];
        _sumsAt = BlockHeader + _layout.SumsOffset;
        _rowCountAt = _layout.RowCountSupplied ? -1 : _sumsAt + _layout.RowCountIndex;
        _errorAt = _layout.ForecastAbsErrorIndex >= 0 ? _sumsAt + _layout.ForecastAbsErrorIndex : -1;
        _apeSumAt = _layout.ApeSumIndex >= 0 ? _sumsAt + _layout.ApeSumIndex : -1;
        _apeRowsAt = _layout.ApeRowsIndex >= 0 ? _sumsAt + _layout.ApeRowsIndex : -1;
        _forecastIndex = _layout.ForecastIndex;
        _soldIndex = _layout.UnitsSoldIndex;
        _firstStocksAt = BlockHeader + _layout.FirstStocksOffset;
        _lastStocksAt = BlockHeader + _layout.LastStocksOffset;
    }

    /// <summary>The schema of the rows.</summary>
    public FactSchema Schema { get; }

    /// <summary>The reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The period grain.</summary>
    public PeriodGrain Grain { get; }

    /// <summary>The number of rows added so far (for pre-aggregated facts, the rows they cover).</summary>
    public long RowCount { get; private set; }

    internal CubeLayout Layout => _layout;

    /// <summary>The entries of the per-period slot tables (for tests of their memory bound).</summary>
    internal long SlotTableEntries => _slotTables.Entries;

    /// <summary>The cells in the hashed index (for tests: data that the tables cover needs none).</summary>
    internal int HashedSlots => _slots.Count;

    /// <inheritdoc/>
    public int EncodeDimension(int dimension, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        DimensionDictionary dictionary = Dictionary(dimension);
        int code = dictionary.Encode(value);
        _codeCounts[dimension] = dictionary.Count;
        return code;
    }

    /// <summary>The code of a dimension value given as characters; allocates only for a value not seen before.</summary>
    /// <param name="dimension">The index of the dimension in the schema.</param>
    /// <param name="value">The dimension value.</param>
    public int EncodeDimension(int dimension, ReadOnlySpan<char> value)
    {
        DimensionDictionary dictionary = Dictionary(dimension);
        int code = dictionary.Encode(value);
        _codeCounts[dimension] = dictionary.Count;
        return code;
    }

    /// <inheritdoc/>
    public void WriteRow(LocalDate rowDate, ReadOnlySpan<int> dimensionCodes, ReadOnlySpan<decimal> values)
    {
        if (values.Length != Schema.Measures.Length)
        {
            throw new FactDataException($"A row needs {Schema.Measures.Length} values ({string.Join(", ", Schema.Measures.Select(m => m.Id))}), not {values.Length}.");
        }

        for (int i = 0; i < values.Length; i++)
        {
            try
            {
                _rowBuffer[i] = FactValue.ToScaled(values[i]);
            }
            catch (Exception ex) when (ex is ArgumentException or OverflowException)
            {
                throw new FactDataException(
                    Schema.Measures[i].Id,
                    values[i].ToString(CultureInfo.InvariantCulture),
                    ex is OverflowException ? "is too large" : $"has more than {FactValue.DecimalPlaces} decimal places");
            }
        }

        WriteScaledRow(rowDate, dimensionCodes, _rowBuffer);
    }

    /// <summary>
    /// Adds one row whose values are already scaled (value × <see cref="FactValue.Scale"/>): the allocation-free fast
    /// path for file readers and hosts with columnar data.
    /// </summary>
    /// <param name="date">The date of the row.</param>
    /// <param name="dimensionCodes">One code per schema dimension, from <see cref="EncodeDimension(int, string)"/>.</param>
    /// <param name="scaledValues">One scaled value per schema measure, in schema order.</param>
    /// <exception cref="FactDataException">A value is invalid for its measure; nothing of the row was added.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a forwarder, called once per row
    public void WriteScaledRow(LocalDate date, ReadOnlySpan<int> dimensionCodes, ReadOnlySpan<long> scaledValues) =>
        Add(date, dimensionCodes, scaledValues, FactValue.Scale);

    /// <summary>Adds one pre-aggregated fact (see <see cref="IAggregatedFactSource"/>).</summary>
    /// <exception cref="FactDataException">A value or the row count is invalid; nothing was added.</exception>
    public void Add(AggregatedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.RowCount < 1)
        {
            throw new FactDataException(StandardMeasures.RowCount.Id, fact.RowCount.ToString(CultureInfo.InvariantCulture), "must be at least 1");
        }

        if (fact.DimensionValues.Count != Schema.Dimensions.Length)
        {
            throw new FactDataException($"A fact needs {Schema.Dimensions.Length} dimension values ({string.Join(", ", Schema.Dimensions)}), not {fact.DimensionValues.Count}.");
        }

        for (int d = 0; d < _codeBuffer.Length; d++)
        {
            _codeBuffer[d] = EncodeDimension(d, fact.DimensionValues[d]);
        }

        if (fact.Values.Count != Schema.Measures.Length)
        {
            throw new FactDataException($"A fact needs {Schema.Measures.Length} values ({string.Join(", ", Schema.Measures.Select(m => m.Id))}), not {fact.Values.Count}.");
        }

        var scaled = new long[fact.Values.Count];
        for (int i = 0; i < scaled.Length; i++)
        {
            try
            {
                scaled[i] = FactValue.ToScaled(fact.Values[i]);
            }
            catch (Exception ex) when (ex is ArgumentException or OverflowException)
            {
                throw new FactDataException(Schema.Measures[i].Id, fact.Values[i].ToString(CultureInfo.InvariantCulture), "is not a valid value: " + ex.Message);
            }
        }

        Add(fact.Date, _codeBuffer, scaled, checked(fact.RowCount * FactValue.Scale), aggregated: true);
    }

    /// <summary>Builds the immutable cube of everything added so far. The aggregator can go on accepting rows.</summary>
    public FactCube ToCube() => BuildCube(takeState: false);

    /// <summary>
    /// Builds the cube of everything added, its cells reading this aggregator's state where it is instead of a copy;
    /// the aggregator accepts no more rows (for aggregators the library makes and drops, as
    /// <see cref="FactAggregation.FromRows"/> does).
    /// </summary>
    internal FactCube ToCubeTakingState() => BuildCube(takeState: true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    private FactCube BuildCube(bool takeState)
    {
        int n = _slotCount;
        int dimensions = _dictionaries.Length;

        // The periods with cells, ranked by start.
        bool[] periodUsed = new bool[_periods.Count];
        for (int slot = 0; slot < n; slot++)
        {
            periodUsed[_slotKeys[slot].Period] = true;
        }

        int[] periodOrder = [.. Enumerable.Range(0, _periods.Count).Where(p => periodUsed[p]).OrderBy(p => _periods[p].Start)];
        int[] periodRank = new int[_periods.Count];
        var periods = new ReportingPeriod[periodOrder.Length];
        for (int r = 0; r < periodOrder.Length; r++)
        {
            periodRank[periodOrder[r]] = r;
            periods[r] = _periods[periodOrder[r]];
        }

        // The distinct segments (dimension codes) of the cells, ranked by their values: each dimension's codes are
        // ranked once by their value, then segments compare as tuples of ranks, as Segment.Comparer orders them.
        int[][] codeRanks = new int[dimensions][];
        for (int d = 0; d < dimensions; d++)
        {
            codeRanks[d] = _dictionaries[d].OrdinalRanks();
        }

        int[] segmentOfSlot = new int[n];
        var segmentKeys = new List<CellKey>();
        if (dimensions == 1)
        {
            int[] segmentOfCode = new int[_dictionaries[0].Count];
            for (int slot = 0; slot < n; slot++)
            {
                ref int segment = ref segmentOfCode[_slotKeys[slot].C0];
                if (segment == 0)
                {
                    segmentKeys.Add(_slotKeys[slot] with { Period = 0 });
                    segment = segmentKeys.Count;
                }

                segmentOfSlot[slot] = segment - 1;
            }
        }
        else
        {
            var segmentIndex = new Dictionary<CellKey, int>();
            for (int slot = 0; slot < n; slot++)
            {
                CellKey key = _slotKeys[slot] with { Period = 0 };
                ref int segment = ref CollectionsMarshal.GetValueRefOrAddDefault(segmentIndex, key, out bool exists);
                if (!exists)
                {
                    segment = segmentKeys.Count;
                    segmentKeys.Add(key);
                }

                segmentOfSlot[slot] = segment;
            }
        }

        int[] segmentOrder = new int[segmentKeys.Count];
        for (int i = 0; i < segmentOrder.Length; i++)
        {
            segmentOrder[i] = i;
        }

        if (dimensions == 1)
        {
            // One dimension: the codes' ranks are distinct keys, sorted as plain integers (no comparison delegate).
            int[] rankOfSegment = new int[segmentOrder.Length];
            for (int i = 0; i < rankOfSegment.Length; i++)
            {
                rankOfSegment[i] = codeRanks[0][segmentKeys[i].C0];
            }

            Array.Sort(rankOfSegment, segmentOrder);
        }
        else
        {
            Array.Sort(segmentOrder, (a, b) =>
            {
                for (int d = 0; d < dimensions; d++)
                {
                    int c = codeRanks[d][segmentKeys[a].Code(d)].CompareTo(codeRanks[d][segmentKeys[b].Code(d)]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return 0;
            });
        }

        int[] segmentRank = new int[segmentOrder.Length];
        var segments = new Segment[segmentOrder.Length];
        for (int r = 0; r < segmentOrder.Length; r++)
        {
            segmentRank[segmentOrder[r]] = r;
            CellKey key = segmentKeys[segmentOrder[r]];
            var values = new string[dimensions];
            for (int d = 0; d < dimensions; d++)
            {
                values[d] = _dictionaries[d].Decode(key.Code(d));
            }

            segments[r] = new Segment(Schema.Dimensions, values);
        }

        // The cells in (period, segment) order, each with its state copied into one shared block.
        int[] periodOfSlot = new int[n];
        for (int slot = 0; slot < n; slot++)
        {
            periodOfSlot[slot] = periodRank[_slotKeys[slot].Period];
            segmentOfSlot[slot] = segmentRank[segmentOfSlot[slot]];
        }

        int[] order = CellOrder.ByPeriodThenSegment(periodOfSlot, segmentOfSlot, periods.Length, segments.Length);
        _spent |= takeState;
        var arena = new CellStateArena(_layout.StateLength, takeState ? 0 : n);
        var cells = new CellState[n];
        int[] periodIndexOfCell = new int[n];
        int[] segmentIndexOfCell = new int[n];
        for (int k = 0; k < n; k++)
        {
            int slot = order[k];
            ReadOnlySpan<long> block = Block(slot);
            long[] array;
            int offset;
            if (takeState)
            {
                // The slot's block as it is: the state follows the block's header.
                array = _chunks[slot >> _chunkShift];
                offset = ((slot & _chunkMask) * _blockLength) + BlockHeader;
            }
            else
            {
                (array, offset) = arena.Allocate();
                block[BlockHeader..].CopyTo(array.AsSpan(offset, _layout.StateLength));
            }

            cells[k] = new CellState(array, offset, (int)block[FirstDaySlot], (int)block[LastDaySlot]);
            periodIndexOfCell[k] = periodOfSlot[slot];
            segmentIndexOfCell[k] = segmentOfSlot[slot];
        }

        return FactCube.FromOrderedCells(_layout, Calendar, Grain, cells, periods, segments, periodIndexOfCell, segmentIndexOfCell);
    }

    private DimensionDictionary Dictionary(int dimension)
    {
        if ((uint)dimension >= (uint)_dictionaries.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"Value should be in range [0-{_dictionaries.Length - 1}] (the schema's dimensions: {string.Join(", ", Schema.Dimensions)}).");
        }

        return _dictionaries[dimension];
    }

    // Not inlined into the callers: the JIT's inlining budget grows with the root method, and this one needs the
    // helpers it calls inlined. Compiled optimized from the first call: a single pass over a file would otherwise
    // spend its first few hundred milliseconds in unoptimized code before the method is recompiled.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void Add(LocalDate date, ReadOnlySpan<int> codes, ReadOnlySpan<long> values, long rowCountScaled, bool aggregated = false)
    {
        // The per-row path: every message is built in a separate method, and the state is addressed directly, so that
        // this method stays small enough for the JIT to inline what it calls.
        if (_spent)
        {
            ThrowSpent();
        }

        if (values.Length != _nonNegativeMask.Length)
        {
            ThrowValueCount(values.Length);
        }

        if (codes.Length != _codeCounts.Length)
        {
            ThrowCodeCount(codes.Length);
        }

        // Validate the whole row before touching any state: a quick pass over the measures that have a rule, and the
        // measure-by-measure checks (which name the first bad value) only when that pass finds a problem.
        if (!PassesQuickChecks(values, aggregated))
        {
            ThrowFirstInvalidValue(values, aggregated);
        }

        if (aggregated && _errorAt >= 0 && rowCountScaled != FactValue.Scale)
        {
            ThrowAggregatedForecastError(rowCountScaled);
        }

        // (Loop counters unchecked: the build checks arithmetic, and an index below a length cannot overflow.)
        int[] codeCounts = _codeCounts;
        unchecked
        {
            for (int d = 0; d < codes.Length; d++)
            {
                if ((uint)codes[d] >= (uint)codeCounts[d])
                {
                    ThrowUnknownCode(d, codes[d]);
                }
            }
        }

        int period;
        int day;
        int[]? table;
        if (_cachedPeriod >= 0 && date == _cachedDate)
        {
            period = _cachedPeriod;
            day = _cachedDay;
            table = _cachedTable;
        }
        else
        {
            (period, day) = ResolveDate(date);
            table = _cachedTable;
        }

        // The cell: one read from the period's table when it has the segment, else the hashed lookup.
        long position = codes.Length == 1 ? codes[0] : _slotTables.PositionOf(codes);
        int slot;
        if (table is not null && unchecked((ulong)position < (ulong)table.Length) && table[position] > 0)
        {
            slot = table[position] - 1;
        }
        else
        {
            slot = FindSlot(period, codes);
        }

        ref long block = ref BlockStart(slot);
        AddChecked(ref Unsafe.Add(ref block, _sumsAt), values);
        if (_rowCountAt >= 0)
        {
            ref long rows = ref Unsafe.Add(ref block, _rowCountAt);
            rows = checked(rows + rowCountScaled);
        }

        if (_errorAt >= 0)
        {
            long sold = values[_soldIndex];
            long error = Math.Abs(values[_forecastIndex] - sold);
            ref long errors = ref Unsafe.Add(ref block, _errorAt);
            errors = checked(errors + error);
            if (_apeSumAt >= 0 && sold > 0)
            {
                ref long apeSum = ref Unsafe.Add(ref block, _apeSumAt);
                apeSum = checked(apeSum + ScaledRatio(error, sold));
                ref long apeRows = ref Unsafe.Add(ref block, _apeRowsAt);
                apeRows = checked(apeRows + FactValue.Scale);
            }
        }

        unchecked
        {
            Unsafe.Add(ref block, BlockHeader + (day >> 6)) |= 1L << (day & 63);
        }

        // Always: the first and last day with rows are kept for every cell, not only when there are stocks. Rows in
        // date order reach a cell on a later day than its last one: that case here, the others in UpdateDays.
        ref long lastDay = ref Unsafe.Add(ref block, LastDaySlot);
        if (day > lastDay)
        {
            lastDay = day;
            CopyStocks(ref Unsafe.Add(ref block, _lastStocksAt), values);
            UpdateFirstDay(ref block, day, values);
        }
        else
        {
            UpdateDays(ref block, day, values);
        }

        if (_minMaxMeasures.Length > 0)
        {
            AddDaily(ref block, day, values);
        }

        RowCount += aggregated ? rowCountScaled / FactValue.Scale : 1;
    }

    /// <summary>The first long of a slot's block (the chunks are sized for every slot handed out).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref long BlockStart(int slot) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_chunks[slot >> _chunkShift]), unchecked((nint)(uint)((slot & _chunkMask) * _blockLength)));

    /// <summary>
    /// sums[i] += values[i] for every value, checked: on overflow nothing is added and <see cref="OverflowException"/>
    /// is thrown. Up to 16 values in a few vector operations where the hardware allows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddChecked(ref long sums, ReadOnlySpan<long> values)
    {
        // Signed overflow of a + b shows as a sign bit in (a ^ r) & (b ^ r), r the wrapped sum. Every sum is computed
        // from the sums before the row; vectors may overlap (then both store the same values), and are all stored
        // only after none overflowed. The caller guarantees room for values.Length sums.
        int n = values.Length;
        ref long a = ref sums;
        ref long b = ref MemoryMarshal.GetReference(values);
        if (Vector512.IsHardwareAccelerated && n >= Vector512<long>.Count && n <= 2 * Vector512<long>.Count)
        {
            nuint tail = (nuint)(uint)(n - Vector512<long>.Count);
            Vector512<long> a0 = Vector512.LoadUnsafe(ref a);
            Vector512<long> b0 = Vector512.LoadUnsafe(ref b);
            Vector512<long> a1 = Vector512.LoadUnsafe(ref a, tail);
            Vector512<long> b1 = Vector512.LoadUnsafe(ref b, tail);
            Vector512<long> r0 = a0 + b0;
            Vector512<long> r1 = a1 + b1;
            if ((((a0 ^ r0) & (b0 ^ r0)) | ((a1 ^ r1) & (b1 ^ r1))).ExtractMostSignificantBits() != 0)
            {
                ThrowOverflow();
            }

            r0.StoreUnsafe(ref a);
            r1.StoreUnsafe(ref a, tail);
            return;
        }

        AddCheckedNarrow(ref a, values);
    }

    /// <summary><see cref="AddChecked"/> without 512-bit vectors.</summary>
    private static void AddCheckedNarrow(ref long a, ReadOnlySpan<long> values)
    {
        int n = values.Length;
        ref long b = ref MemoryMarshal.GetReference(values);
        if (Vector256.IsHardwareAccelerated && n >= Vector256<long>.Count && n <= 4 * Vector256<long>.Count)
        {
            nuint o1 = (nuint)(uint)Math.Min(Vector256<long>.Count, n - Vector256<long>.Count);
            nuint o2 = (nuint)(uint)Math.Min(2 * Vector256<long>.Count, n - Vector256<long>.Count);
            nuint o3 = (nuint)(uint)(n - Vector256<long>.Count);
            Vector256<long> a0 = Vector256.LoadUnsafe(ref a);
            Vector256<long> b0 = Vector256.LoadUnsafe(ref b);
            Vector256<long> a1 = Vector256.LoadUnsafe(ref a, o1);
            Vector256<long> b1 = Vector256.LoadUnsafe(ref b, o1);
            Vector256<long> a2 = Vector256.LoadUnsafe(ref a, o2);
            Vector256<long> b2 = Vector256.LoadUnsafe(ref b, o2);
            Vector256<long> a3 = Vector256.LoadUnsafe(ref a, o3);
            Vector256<long> b3 = Vector256.LoadUnsafe(ref b, o3);
            Vector256<long> r0 = a0 + b0;
            Vector256<long> r1 = a1 + b1;
            Vector256<long> r2 = a2 + b2;
            Vector256<long> r3 = a3 + b3;
            Vector256<long> overflow = ((a0 ^ r0) & (b0 ^ r0)) | ((a1 ^ r1) & (b1 ^ r1)) | ((a2 ^ r2) & (b2 ^ r2)) | ((a3 ^ r3) & (b3 ^ r3));
            if (overflow.ExtractMostSignificantBits() != 0)
            {
                ThrowOverflow();
            }

            r0.StoreUnsafe(ref a);
            r1.StoreUnsafe(ref a, o1);
            r2.StoreUnsafe(ref a, o2);
            r3.StoreUnsafe(ref a, o3);
            return;
        }

        AddCheckedScalar(MemoryMarshal.CreateSpan(ref a, n), values);
    }

    private static void AddCheckedScalar(Span<long> sums, ReadOnlySpan<long> values)
    {
        for (int k = 0; k < values.Length; k++)
        {
            _ = checked(sums[k] + values[k]);
        }

        for (int k = 0; k < values.Length; k++)
        {
            sums[k] = unchecked(sums[k] + values[k]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PassesQuickChecks(ReadOnlySpan<long> values, bool aggregated)
    {
        // A negative value of a measure that must not be negative: OR the masked values, test the sign. The mask has
        // one entry per value (checked by the caller); vectors may overlap, OR is idempotent.
        ref long v = ref MemoryMarshal.GetReference(values);
        ref long m = ref MemoryMarshal.GetArrayDataReference(_nonNegativeMask);
        int n = values.Length;
        if (Vector512.IsHardwareAccelerated && n >= Vector512<long>.Count && n <= 2 * Vector512<long>.Count)
        {
            nuint tail = (nuint)(uint)(n - Vector512<long>.Count);
            Vector512<long> signs = (Vector512.LoadUnsafe(ref v) & Vector512.LoadUnsafe(ref m)) | (Vector512.LoadUnsafe(ref v, tail) & Vector512.LoadUnsafe(ref m, tail));
            if (signs.ExtractMostSignificantBits() != 0)
            {
                return false;
            }
        }
        else if (!PassesSignCheck(values))
        {
            return false;
        }

        if (!aggregated)
        {
            unchecked
            {
                foreach (int i in _flagMeasures)
                {
                    long value = values[i];
                    if (value != 0 && value != FactValue.Scale)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private bool PassesSignCheck(ReadOnlySpan<long> values)
    {
        ReadOnlySpan<long> mask = _nonNegativeMask;
        int n = values.Length;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<long>.Count)
        {
            Vector256<long> signs = Vector256<long>.Zero;
            int last = n - Vector256<long>.Count;
            for (int i = 0; i < last; i += Vector256<long>.Count)
            {
                signs |= Vector256.Create(values.Slice(i, Vector256<long>.Count)) & Vector256.Create(mask.Slice(i, Vector256<long>.Count));
            }

            signs |= Vector256.Create(values.Slice(last, Vector256<long>.Count)) & Vector256.Create(mask.Slice(last, Vector256<long>.Count));
            return signs.ExtractMostSignificantBits() == 0;
        }

        long any = 0;
        for (int i = 0; i < n; i++)
        {
            any |= values[i] & mask[i];
        }

        return any >= 0;
    }

    private void ThrowFirstInvalidValue(ReadOnlySpan<long> values, bool aggregated)
    {
        ReadOnlySpan<MeasureDefinition> measures = Schema.Measures.AsSpan();
        for (int i = 0; i < values.Length; i++)
        {
            long v = values[i];
            if (v < 0 && _nonNegative[i])
            {
                throw new FactDataException(measures[i].Id, Format(v), "must not be negative");
            }

            if (_flag[i] && !aggregated && v != 0 && v != FactValue.Scale)
            {
                throw new FactDataException(measures[i].Id, Format(v), "must be 0 or 1");
            }
        }
    }

    [DoesNotReturn]
    private static void ThrowSpent() =>
        throw new InvalidOperationException("This aggregator's state now belongs to the cube built from it; it accepts no more rows.");

    [DoesNotReturn]
    private void ThrowValueCount(int count) =>
        throw new FactDataException($"A row needs {Schema.Measures.Length} values ({string.Join(", ", Schema.Measures.Select(x => x.Id))}), not {count}.");

    [DoesNotReturn]
    private void ThrowCodeCount(int count) =>
        throw new FactDataException($"A row needs {_dictionaries.Length} dimension codes ({string.Join(", ", Schema.Dimensions)}), not {count}.");

    [DoesNotReturn]
    private static void ThrowAggregatedForecastError(long rowCountScaled) =>
        throw new FactDataException(
            $"A pre-aggregated fact covering {rowCountScaled / FactValue.Scale} rows cannot give the row-grain forecast error: add forecast_abs_error (Σ |forecast_units − units_sold|) to the schema, or supply one fact per row.");

    [DoesNotReturn]
    private void ThrowUnknownCode(int dimension, int code) =>
        throw new FactDataException(Schema.Dimensions[dimension], code.ToString(CultureInfo.InvariantCulture), "is not a code from EncodeDimension");

    [DoesNotReturn]
    private static void ThrowOverflow() => throw new OverflowException();

    /// <summary>The first and last day of a cell and their stock totals, for a row not after the cell's last day.</summary>
    private void UpdateDays(ref long block, int day, ReadOnlySpan<long> values)
    {
        UpdateFirstDay(ref block, day, values);
        ref long lastDay = ref Unsafe.Add(ref block, LastDaySlot);
        if (day > lastDay)
        {
            lastDay = day;
            CopyStocks(ref Unsafe.Add(ref block, _lastStocksAt), values);
        }
        else if (day == lastDay)
        {
            AddStocks(ref Unsafe.Add(ref block, _lastStocksAt), values);
        }
    }

    /// <summary>The first day of a cell and its stock totals, for a row of that cell on <paramref name="day"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void UpdateFirstDay(ref long block, int day, ReadOnlySpan<long> values)
    {
        ref long firstDay = ref Unsafe.Add(ref block, FirstDaySlot);
        if (day < firstDay)
        {
            firstDay = day;
            CopyStocks(ref Unsafe.Add(ref block, _firstStocksAt), values);
        }
        else if (day == firstDay)
        {
            AddStocks(ref Unsafe.Add(ref block, _firstStocksAt), values);
        }
    }

    /// <summary>The stock values of a row into one total per stock measure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CopyStocks(ref long totals, ReadOnlySpan<long> values)
    {
        int[] stocks = _stockMeasures;
        unchecked
        {
            for (int k = 0; k < stocks.Length; k++)
            {
                Unsafe.Add(ref totals, k) = values[stocks[k]];
            }
        }
    }

    /// <summary>The stock values of a row added to one total per stock measure, checked.</summary>
    private void AddStocks(ref long totals, ReadOnlySpan<long> values)
    {
        int[] stocks = _stockMeasures;
        for (int k = 0; k < stocks.Length; k++)
        {
            ref long total = ref Unsafe.Add(ref totals, k);
            total = checked(total + values[stocks[k]]);
        }
    }

    private void AddDaily(ref long block, int day, ReadOnlySpan<long> values)
    {
        CubeLayout layout = _layout;
        Span<long> daily = MemoryMarshal.CreateSpan(ref Unsafe.Add(ref block, BlockHeader + layout.DailyOffset), layout.DailyLength);
        for (int k = 0; k < _minMaxMeasures.Length; k++)
        {
            int index = (k * layout.MaxDaysPerPeriod) + day;
            daily[index] = checked(daily[index] + values[_minMaxMeasures[k]]);
        }
    }

    private (int Period, int Day) ResolveDate(LocalDate date)
    {
        if (_cachedPeriod >= 0 && date == _cachedDate)
        {
            return (_cachedPeriod, _cachedDay);
        }

        int period;
        int day;
        ReportingPeriod? known = _cachedPeriod >= 0 ? _periods[_cachedPeriod] : null;
        if (known is not null && known.Contains(date))
        {
            period = _cachedPeriod;
            day = Period.DaysBetween(known.Start, date);
        }
        else if (_periodIndexByDate.TryGetValue(date, out period))
        {
            // A date seen before: no calendar call (a calendar may allocate a new period object per call, e.g. days).
            day = Period.DaysBetween(_periods[period].Start, date);
        }
        else
        {
            ReportingPeriod found = Calendar.GetPeriod(date, Grain);
            ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_periodIndexByStart, found.Start, out bool exists);
            if (!exists)
            {
                if (found.Days > _layout.MaxDaysPerPeriod)
                {
                    throw new InvalidOperationException(
                        $"Calendar '{Calendar.Name}' gave period {found.Label} of {found.Days} days, more than {_layout.MaxDaysPerPeriod} for grain {Grain}.");
                }

                index = _periods.Count;
                _periods.Add(found);
            }

            period = index;
            day = Period.DaysBetween(found.Start, date);
            _periodIndexByDate.Add(date, period);
        }

        _cachedDate = date;
        _cachedPeriod = period;
        _cachedDay = day;
        _cachedTable = _slotTables.Table(period);
        return (period, day);
    }

    /// <summary>
    /// The slot of a cell not found in its period's table: a new cell when the table is complete, else the hashed
    /// lookup; then recorded in the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)] // once per new cell: see NewSlot
    private int FindSlot(int period, ReadOnlySpan<int> codes)
    {
        var key = new CellKey(period, codes);
        int slot;
        bool newCell;
        if (_slotTables.IsComplete(period) || _slotTables.HasNoCells(period))
        {
            // A new cell: its period's table has every cell, or the period has none yet (its first row, which would
            // otherwise hash every earlier cell to look this one up). Not in the hashed index yet: added to it only if
            // that is ever needed (see IndexAllSlots).
            slot = NewSlot(key);
            newCell = true;
        }
        else
        {
            IndexAllSlots();
            int before = _slotCount;
            slot = ResolveSlot(key);
            newCell = _slotCount != before;
            _indexedSlots = _slotCount;
        }

        _slotTables.Record(period, codes, slot, _slotCount, newCell);
        _cachedTable = _cachedPeriod >= 0 ? _slotTables.Table(_cachedPeriod) : null;
        return slot;
    }

    /// <summary>Adds the cells created through complete tables to the hashed index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every cell, once per call: optimised from the first call
    private void IndexAllSlots()
    {
        for (; _indexedSlots < _slotCount; _indexedSlots++)
        {
            _slots.TryAdd(_slotKeys[_indexedSlots], _indexedSlots);
        }
    }

    private int ResolveSlot(CellKey key)
    {
        if (_cachedSlot >= 0 && key.Equals(_cachedKey))
        {
            return _cachedSlot;
        }

        // The slot last used by the row's segment: found without hashing while the segment stays in one period.
        if (!FitsRecent(key))
        {
            ResizeRecent();
        }

        long index = (long)key.C0 | ((long)key.C1 << _recentShift1) | ((long)key.C2 << _recentShift2) | ((long)key.C3 << _recentShift3);

        if (_recentHashed)
        {
            index = (long)(unchecked((ulong)index * 0x9E3779B97F4A7C15UL) >> (64 - MaxRecentBits));
        }

        ref SlotByCode recent = ref _recent[index];
        int slot;
        if (recent.SlotPlusOne > 0 && recent.Key.Equals(key))
        {
            slot = recent.SlotPlusOne - 1;
        }
        else
        {
            ref int found = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, key, out bool exists);
            if (!exists)
            {
                found = NewSlot(key);
            }

            slot = found;

            recent = new SlotByCode(key, slot + 1);
        }

        _cachedKey = key;
        _cachedSlot = slot;
        return slot;
    }

    private bool FitsRecent(CellKey key) =>
        _recent.Length > 0 && key.C0 < _recentLimit0 && key.C1 < _recentLimit1 && key.C2 < _recentLimit2 && key.C3 < _recentLimit3;

    /// <summary>
    /// Sizes the segment cache for the codes encoded so far: each dimension gets the bits its codes need, and a
    /// segment's entry is its codes side by side (no collisions), or a hash of them when that would be too large.
    /// </summary>
    private void ResizeRecent()
    {
        // Codes are below their dictionary's count (checked before), so they fit in the bits of count − 1.
        int Bits(int dimension) => dimension < _dictionaries.Length ? 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, _dictionaries[dimension].Count - 1)) : 0;
        int bits0 = Bits(0);
        int bits1 = Bits(1);
        int bits2 = Bits(2);
        int bits3 = Bits(3);
        _recentLimit0 = 1 << bits0;
        _recentLimit1 = 1 << bits1;
        _recentLimit2 = 1 << bits2;
        _recentLimit3 = 1 << bits3;
        _recentShift1 = bits0;
        _recentShift2 = _recentShift1 + bits1;
        _recentShift3 = _recentShift2 + bits2;
        int total = _recentShift3 + bits3;
        _recentHashed = total > MaxRecentBits;
        _recent = new SlotByCode[1 << Math.Min(total, MaxRecentBits)];
    }

    private Span<long> Block(int slot) =>
        _chunks[slot >> _chunkShift].AsSpan((slot & _chunkMask) * _blockLength, _blockLength);

    // Once per new cell, hundreds of thousands of times in a large aggregation: compiled optimised from the first call,
    // not left to run unoptimised, then instrumented, through the first aggregations of a process.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NewSlot(CellKey key)
    {
        int slot = _slotCount;
        int chunk = slot >> _chunkShift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        int needed = ((slot & _chunkMask) + 1) * _blockLength;
        long[]? current = _chunks[chunk];
        if (current is null || current.Length < needed)
        {
            int full = (_chunkMask + 1) * _blockLength;
            int length = chunk == 0 ? Math.Min(full, Math.Max(needed, Math.Max(16 * _blockLength, 2 * (current?.Length ?? 0)))) : full;
            Array.Resize(ref _chunks[chunk], length);
        }

        _slotCount++;
        Span<long> block = Block(slot);

        // The block is zero already; clearing it writes every page of it before anything reads it. A large array's
        // pages come fresh from the operating system, and a page read first and written after faults twice, the
        // second time flushing the page from every core's TLB (an interrupt to each core running this process);
        // written first, it faults once, without the flush.
        block.Clear();
        block[FirstDaySlot] = int.MaxValue;
        block[LastDaySlot] = -1;
        _slotKeys.Add(key);
        return slot;
    }

    /// <summary>numerator / denominator as a scaled value, rounded half to even (denominator &gt; 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long ScaledRatio(long numerator, long denominator)
    {
        if (numerator >= 0 && numerator <= long.MaxValue / FactValue.Scale)
        {
            // The common case: numerator × Scale fits in a long, so the same rounding needs no 128-bit division.
            // Unsigned (both are non-negative here), and rounded without a branch: whether a row's term rounds up is
            // a coin flip to the branch predictor.
            unchecked
            {
                ulong scaledNumerator = (ulong)(numerator * FactValue.Scale);
                ulong divisor = (ulong)denominator;
                ulong q = scaledNumerator / divisor;
                ulong remainder = scaledNumerator - (q * divisor);
                ulong rest = divisor - remainder;

                // Half to even, comparing remainder with denominator − remainder so that nothing can overflow.
                bool roundUp = (remainder > rest) | ((remainder == rest) & ((q & 1) == 1));
                return (long)(q + (roundUp ? 1UL : 0UL));
            }
        }

        return WideScaledRatio(numerator, denominator);
    }

    /// <summary><see cref="ScaledRatio"/> for any operands, in 128-bit arithmetic.</summary>
    internal static long WideScaledRatio(long numerator, long denominator)
    {
        Int128 scaled = (Int128)numerator * FactValue.Scale;
        Int128 quotient = Int128.DivRem(scaled, denominator).Quotient;
        Int128 twice = 2 * (scaled - (quotient * denominator));
        if (twice > denominator || (twice == denominator && (quotient & 1) == 1))
        {
            quotient++;
        }

        return checked((long)quotient);
    }

    private const int FirstDaySlot = 0;
    private const int LastDaySlot = 1;
    private const int BlockHeader = 2;
    private const int MaxRecentBits = 22;
    private const int ChunkLongs = 1 << 17;

    private readonly record struct SlotByCode(CellKey Key, int SlotPlusOne);

    private static string Format(long scaled) => FactValue.FromScaled(scaled).ToString(CultureInfo.InvariantCulture);
}
