using System.Globalization;
using System.Runtime.InteropServices;
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
    private readonly bool[] _nonNegative;
    private readonly bool[] _flag;
    private readonly long[] _rowBuffer;
    private readonly int[] _codeBuffer;

    private long[] _sums = new long[64];
    private ulong[] _dateBits = new ulong[64];
    private int[] _firstDay = new int[16];
    private int[] _lastDay = new int[16];
    private long[] _firstSums = new long[64];
    private long[] _lastSums = new long[64];
    private long[][] _daily = new long[16][];
    private int _slotCount;

    private LocalDate _cachedDate;
    private int _cachedPeriod = -1;
    private int _cachedDay;
    private CellKey _cachedKey;
    private int _cachedSlot = -1;

    // The slot last used by each code of the first dimension: rows of one SKU in one period find their cell without
    // hashing, even when rows arrive in date order (every SKU of a day, then the next day). O(distinct codes) memory.
    private SlotByCode[] _slotByFirstCode = [];

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
        _stockMeasures = [.. Enumerable.Range(0, _layout.MeasureCount).Where(i => !_layout.Measures[i].IsAdditive)];
        _nonNegative = [.. schema.Measures.Select(m => !m.AllowsNegative)];
        _flag = [.. schema.Measures.Select(m => m.IsFlag)];
        _rowBuffer = new long[schema.Measures.Length];
        _codeBuffer = new int[schema.Dimensions.Length];
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

    /// <inheritdoc/>
    public int EncodeDimension(int dimension, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Dictionary(dimension).Encode(value);
    }

    /// <summary>The code of a dimension value given as characters; allocates only for a value not seen before.</summary>
    /// <param name="dimension">The index of the dimension in the schema.</param>
    /// <param name="value">The dimension value.</param>
    public int EncodeDimension(int dimension, ReadOnlySpan<char> value) => Dictionary(dimension).Encode(value);

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
    public FactCube ToCube()
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
        var arena = new CellStateArena(_layout.StateLength, n);
        var cells = new FactCell[n];
        int[] periodIndexOfCell = new int[n];
        int[] segmentIndexOfCell = new int[n];
        for (int k = 0; k < n; k++)
        {
            int slot = order[k];
            int p = periodOfSlot[slot];
            int s = segmentOfSlot[slot];
            (long[] array, int offset) = arena.Allocate();
            WriteState(slot, array.AsSpan(offset, _layout.StateLength));
            cells[k] = new FactCell(_layout, periods[p], segments[s], array, offset, _firstDay[slot], _lastDay[slot]);
            periodIndexOfCell[k] = p;
            segmentIndexOfCell[k] = s;
        }

        return FactCube.FromOrderedCells(_layout, Calendar, Grain, cells, periods, segments, periodIndexOfCell, segmentIndexOfCell);
    }

    private void WriteState(int slot, Span<long> state)
    {
        int m = _layout.MeasureCount;
        int w = _layout.DateWords;
        for (int i = 0; i < w; i++)
        {
            state[i] = unchecked((long)_dateBits[(slot * w) + i]);
        }

        _sums.AsSpan(slot * m, m).CopyTo(state.Slice(_layout.SumsOffset, m));
        for (int k = 0; k < _stockMeasures.Length; k++)
        {
            state[_layout.FirstStocksOffset + k] = _firstSums[(slot * m) + _stockMeasures[k]];
            state[_layout.LastStocksOffset + k] = _lastSums[(slot * m) + _stockMeasures[k]];
        }

        if (_daily[slot] is { } daily)
        {
            daily.CopyTo(state.Slice(_layout.DailyOffset, _layout.DailyLength));
        }
    }

    private DimensionDictionary Dictionary(int dimension)
    {
        if ((uint)dimension >= (uint)_dictionaries.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"Value should be in range [0-{_dictionaries.Length - 1}] (the schema's dimensions: {string.Join(", ", Schema.Dimensions)}).");
        }

        return _dictionaries[dimension];
    }

    private void Add(LocalDate date, ReadOnlySpan<int> codes, ReadOnlySpan<long> values, long rowCountScaled, bool aggregated = false)
    {
        ReadOnlySpan<MeasureDefinition> measures = Schema.Measures.AsSpan();
        if (values.Length != measures.Length)
        {
            throw new FactDataException($"A row needs {measures.Length} values ({string.Join(", ", Schema.Measures.Select(x => x.Id))}), not {values.Length}.");
        }

        if (codes.Length != _dictionaries.Length)
        {
            throw new FactDataException($"A row needs {_dictionaries.Length} dimension codes ({string.Join(", ", Schema.Dimensions)}), not {codes.Length}.");
        }

        // Validate the whole row before touching any state.
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

        if (aggregated && _layout.ForecastAbsErrorIndex >= 0 && rowCountScaled != FactValue.Scale)
        {
            throw new FactDataException(
                $"A pre-aggregated fact covering {rowCountScaled / FactValue.Scale} rows cannot give the row-grain forecast error: add forecast_abs_error (Σ |forecast_units − units_sold|) to the schema, or supply one fact per row.");
        }

        for (int d = 0; d < codes.Length; d++)
        {
            if ((uint)codes[d] >= (uint)_dictionaries[d].Count)
            {
                throw new FactDataException(Schema.Dimensions[d], codes[d].ToString(CultureInfo.InvariantCulture), "is not a code from EncodeDimension");
            }
        }

        (int period, int day) = ResolveDate(date);
        int slot = ResolveSlot(new CellKey(period, codes));
        int m = _layout.MeasureCount;
        Span<long> sums = _sums.AsSpan(slot * m, m);
        for (int i = 0; i < values.Length; i++)
        {
            sums[i] = checked(sums[i] + values[i]);
        }

        if (!_layout.RowCountSupplied)
        {
            sums[_layout.RowCountIndex] = checked(sums[_layout.RowCountIndex] + rowCountScaled);
        }

        if (_layout.ForecastAbsErrorIndex >= 0)
        {
            long error = Math.Abs(values[_layout.ForecastIndex] - values[_layout.UnitsSoldIndex]);
            sums[_layout.ForecastAbsErrorIndex] = checked(sums[_layout.ForecastAbsErrorIndex] + error);
            long sold = values[_layout.UnitsSoldIndex];
            if (_layout.ApeSumIndex >= 0 && sold > 0)
            {
                sums[_layout.ApeSumIndex] = checked(sums[_layout.ApeSumIndex] + ScaledRatio(error, sold));
                sums[_layout.ApeRowsIndex] = checked(sums[_layout.ApeRowsIndex] + FactValue.Scale);
            }
        }

        _dateBits[(slot * _layout.DateWords) + (day >> 6)] |= 1UL << (day & 63);

        // Always: the first and last day with rows are kept for every cell, not only when there are stocks.
        UpdateStocks(slot, day, values);

        RowCount += rowCountScaled / FactValue.Scale;
    }

    private void UpdateStocks(int slot, int day, ReadOnlySpan<long> values)
    {
        int m = _layout.MeasureCount;
        Span<long> first = _firstSums.AsSpan(slot * m, m);
        Span<long> last = _lastSums.AsSpan(slot * m, m);
        if (day < _firstDay[slot])
        {
            _firstDay[slot] = day;
            foreach (int i in _stockMeasures)
            {
                first[i] = values[i];
            }
        }
        else if (day == _firstDay[slot])
        {
            foreach (int i in _stockMeasures)
            {
                first[i] = checked(first[i] + values[i]);
            }
        }

        if (day > _lastDay[slot])
        {
            _lastDay[slot] = day;
            foreach (int i in _stockMeasures)
            {
                last[i] = values[i];
            }
        }
        else if (day == _lastDay[slot])
        {
            foreach (int i in _stockMeasures)
            {
                last[i] = checked(last[i] + values[i]);
            }
        }

        if (_layout.MinMaxMeasures.Length > 0)
        {
            long[] daily = _daily[slot] ??= new long[_layout.MinMaxMeasures.Length * _layout.MaxDaysPerPeriod];
            for (int k = 0; k < _layout.MinMaxMeasures.Length; k++)
            {
                int index = (k * _layout.MaxDaysPerPeriod) + day;
                daily[index] = checked(daily[index] + values[_layout.MinMaxMeasures[k]]);
            }
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
        return (period, day);
    }

    private int ResolveSlot(CellKey key)
    {
        if (_cachedSlot >= 0 && key.Equals(_cachedKey))
        {
            return _cachedSlot;
        }

        int code = key.C0;
        SlotByCode[] byCode = _slotByFirstCode;
        int slot;
        if ((uint)code < (uint)byCode.Length && byCode[code].SlotPlusOne > 0 && byCode[code].Key.Equals(key))
        {
            slot = byCode[code].SlotPlusOne - 1;
        }
        else
        {
            ref int found = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, key, out bool exists);
            if (!exists)
            {
                found = NewSlot(key);
            }

            slot = found;
            if ((uint)code >= (uint)byCode.Length)
            {
                Array.Resize(ref _slotByFirstCode, Math.Max(code + 1, Math.Max(16, byCode.Length * 2)));
                byCode = _slotByFirstCode;
            }

            byCode[code] = new SlotByCode(key, slot + 1);
        }

        _cachedKey = key;
        _cachedSlot = slot;
        return slot;
    }

    private int NewSlot(CellKey key)
    {
        int slot = _slotCount++;
        int m = _layout.MeasureCount;
        int w = _layout.DateWords;
        if (slot >= _firstDay.Length)
        {
            int capacity = _firstDay.Length * 2;
            Array.Resize(ref _firstDay, capacity);
            Array.Resize(ref _lastDay, capacity);
            Array.Resize(ref _daily, capacity);
        }

        EnsureCapacity(ref _sums, (slot + 1) * m);
        EnsureCapacity(ref _firstSums, (slot + 1) * m);
        EnsureCapacity(ref _lastSums, (slot + 1) * m);
        EnsureCapacity(ref _dateBits, (slot + 1) * w);
        _firstDay[slot] = int.MaxValue;
        _lastDay[slot] = -1;
        _slotKeys.Add(key);
        return slot;
    }

    private static void EnsureCapacity<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, array.Length * 2));
        }
    }

    /// <summary>numerator / denominator as a scaled value, rounded half to even.</summary>
    private static long ScaledRatio(long numerator, long denominator)
    {
        if (numerator >= 0 && numerator <= long.MaxValue / FactValue.Scale)
        {
            // The common case: numerator × Scale fits in a long, so the same rounding needs no 128-bit division.
            long scaledNumerator = numerator * FactValue.Scale;
            long q = Math.DivRem(scaledNumerator, denominator, out long remainder);
            // Half to even, comparing remainder with denominator − remainder so that nothing can overflow.
            bool roundUp = remainder > denominator - remainder || (remainder == denominator - remainder && (q & 1) == 1);
            return roundUp ? q + 1 : q;
        }

        Int128 scaled = (Int128)numerator * FactValue.Scale;
        Int128 quotient = Int128.DivRem(scaled, denominator).Quotient;
        Int128 twice = 2 * (scaled - (quotient * denominator));
        if (twice > denominator || (twice == denominator && (quotient & 1) == 1))
        {
            quotient++;
        }

        return checked((long)quotient);
    }

    private readonly record struct SlotByCode(CellKey Key, int SlotPlusOne);

    private static string Format(long scaled) => FactValue.FromScaled(scaled).ToString(CultureInfo.InvariantCulture);
}
