using System.Numerics;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// The aggregated facts of one reporting period and one segment: every measure's total and the dates that had rows.
/// </summary>
/// <remarks>
/// Immutable. Flows are sums over the rows; a stock's period value follows its <see cref="TimeAggregation"/>:
/// the per-date totals across segments, then averaged over the dates that have rows (or first, last, min, max).
/// </remarks>
public sealed class FactCell : IEquatable<FactCell>
{
    private readonly CubeLayout _layout;

    // The cell's state is _layout.StateLength longs of _state from _offset (see CubeLayout): the cells of a cube share
    // one array, so building a cube allocates one block for all of them rather than several arrays per cell.
    private readonly long[] _state;
    private readonly int _offset;
    private readonly int _firstDay;
    private readonly int _lastDay;

    internal FactCell(CubeLayout layout, ReportingPeriod period, Segment segment, long[] state, int offset, int firstDay, int lastDay)
    {
        _layout = layout;
        Period = period;
        Segment = segment;
        _state = state;
        _offset = offset;
        _firstDay = firstDay;
        _lastDay = lastDay;
        int count = 0;
        foreach (ulong word in DateBits)
        {
            count += BitOperations.PopCount(word);
        }

        DateCount = count;
    }

    /// <summary>The reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The segment (or <see cref="Segment.Total"/>).</summary>
    public Segment Segment { get; }

    /// <summary>The number of fact rows aggregated into this cell (the <c>row_count</c> measure).</summary>
    public long RowCount => ScaledSum(_layout.RowCountIndex) / FactValue.Scale;

    /// <summary>The number of distinct dates that have rows.</summary>
    public int DateCount { get; }

    /// <summary>The first date that has rows.</summary>
    public LocalDate FirstDate => Period.Start.PlusDays(_firstDay);

    /// <summary>The last date that has rows.</summary>
    public LocalDate LastDate => Period.Start.PlusDays(_lastDay);

    /// <summary>Whether the cube carries the measure (its column was in the data).</summary>
    public bool HasMeasure(string measureId) => _layout.IndexOf(measureId) >= 0;

    /// <summary>
    /// The period value of a measure by its own <see cref="MeasureDefinition.TimeAggregation"/>, or null when the
    /// data has no such measure.
    /// </summary>
    public decimal? GetValue(string measureId)
    {
        int index = _layout.IndexOf(measureId);
        return index < 0 ? null : Aggregate(index, _layout.Measures[index].TimeAggregation);
    }

    /// <summary>
    /// The period value of a measure by an explicit rule — e.g. the <see cref="TimeAggregation.Last"/> value of a stock
    /// averaged by default — or null when the data has no such measure. <see cref="TimeAggregation.Sum"/> gives the sum
    /// over all rows for any measure.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// Min or Max asked of a measure not declared with that rule, or First or Last asked of a flow (their per-date totals were not kept).
    /// </exception>
    public decimal? GetValue(string measureId, TimeAggregation aggregation)
    {
        int index = _layout.IndexOf(measureId);
        return index < 0 ? null : Aggregate(index, aggregation);
    }

    internal long ScaledSum(int measureIndex) => _state[_offset + _layout.SumsOffset + measureIndex];

    internal CubeLayout Layout => _layout;

    /// <summary>The whole state (see <see cref="CubeLayout"/>): date bits, sums, first and last stocks, daily totals.</summary>
    internal ReadOnlySpan<long> State => new(_state, _offset, _layout.StateLength);

    internal ReadOnlySpan<ulong> DateBits =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<long, ulong>(new ReadOnlySpan<long>(_state, _offset, _layout.DateWords));

    internal int FirstDay => _firstDay;

    internal int LastDay => _lastDay;

    internal ReadOnlySpan<long> Sums => new(_state, _offset + _layout.SumsOffset, _layout.MeasureCount);

    /// <summary>The first-date totals of the stock measures, one per <see cref="CubeLayout.StockMeasures"/>.</summary>
    internal ReadOnlySpan<long> FirstStocks => new(_state, _offset + _layout.FirstStocksOffset, _layout.StockMeasures.Length);

    /// <summary>The last-date totals of the stock measures, one per <see cref="CubeLayout.StockMeasures"/>.</summary>
    internal ReadOnlySpan<long> LastStocks => new(_state, _offset + _layout.LastStocksOffset, _layout.StockMeasures.Length);

    /// <summary>The per-day totals of the Min/Max measures (empty when the cube has none).</summary>
    internal ReadOnlySpan<long> Daily => new(_state, _offset + _layout.DailyOffset, _layout.DailyLength);

    /// <summary>Where the cell's state is (shared, not copied).</summary>
    internal CellState ToCellState() => new(_state, _offset, _firstDay, _lastDay);

    internal decimal Aggregate(int index, TimeAggregation aggregation)
    {
        switch (aggregation)
        {
            case TimeAggregation.Sum:
                return FactValue.FromScaled(ScaledSum(index));
            case TimeAggregation.Average:
                return DateCount == 0 ? 0m : FactValue.FromScaled(ScaledSum(index)) / DateCount;
            case TimeAggregation.First or TimeAggregation.Last when _layout.Measures[index].IsAdditive:
                // Only stocks keep their first- and last-date totals; a flow would silently read 0.
                throw new InvalidOperationException(
                    $"Measure '{_layout.Measures[index].Id}' is aggregated by {_layout.Measures[index].TimeAggregation}; its per-date totals for {aggregation} were not kept.");
            case TimeAggregation.First:
                return FactValue.FromScaled(FirstStocks[_layout.StockSlotOf(index)]);
            case TimeAggregation.Last:
                return FactValue.FromScaled(LastStocks[_layout.StockSlotOf(index)]);
            default:
                int slot = _layout.MinMaxMeasures.IndexOf(index);
                if (slot < 0 || _layout.Measures[index].TimeAggregation != aggregation)
                {
                    throw new InvalidOperationException(
                        $"Measure '{_layout.Measures[index].Id}' is aggregated by {_layout.Measures[index].TimeAggregation}; its per-date totals for {aggregation} were not kept.");
                }

                ReadOnlySpan<ulong> bits = DateBits;
                ReadOnlySpan<long> daily = Daily;
                long? best = null;
                for (int day = 0; day < _layout.MaxDaysPerPeriod; day++)
                {
                    if ((bits[day >> 6] & (1UL << (day & 63))) == 0)
                    {
                        continue;
                    }

                    long value = daily[(slot * _layout.MaxDaysPerPeriod) + day];
                    best = best is null ? value
                        : aggregation == TimeAggregation.Min ? Math.Min(best.Value, value) : Math.Max(best.Value, value);
                }

                return FactValue.FromScaled(best ?? 0);
        }
    }

    /// <summary>Structural equality: same period, segment and aggregated state.</summary>
    public bool Equals(FactCell? other) =>
        other is not null
        && Period.Equals(other.Period)
        && Segment.Equals(other.Segment)
        && _firstDay == other._firstDay
        && _lastDay == other._lastDay
        && State.SequenceEqual(other.State);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactCell);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Segment, ScaledSum(0));

    /// <summary>The period and segment labels.</summary>
    public override string ToString() => $"{Period.Label} {Segment.Label}";
}
