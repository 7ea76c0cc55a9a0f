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
    private readonly long[] _sums;
    private readonly ulong[] _dateBits;
    private readonly int _firstDay;
    private readonly int _lastDay;
    private readonly long[] _firstSums;
    private readonly long[] _lastSums;
    private readonly long[]? _daily;

    internal FactCell(
        CubeLayout layout,
        ReportingPeriod period,
        Segment segment,
        long[] sums,
        ulong[] dateBits,
        int firstDay,
        int lastDay,
        long[] firstSums,
        long[] lastSums,
        long[]? daily)
    {
        _layout = layout;
        Period = period;
        Segment = segment;
        _sums = sums;
        _dateBits = dateBits;
        _firstDay = firstDay;
        _lastDay = lastDay;
        _firstSums = firstSums;
        _lastSums = lastSums;
        _daily = daily;
        DateCount = dateBits.Sum(word => BitOperations.PopCount(word));
    }

    /// <summary>The reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The segment (or <see cref="Segment.Total"/>).</summary>
    public Segment Segment { get; }

    /// <summary>The number of fact rows aggregated into this cell (the <c>row_count</c> measure).</summary>
    public long RowCount => _sums[_layout.RowCountIndex] / FactValue.Scale;

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

    internal long ScaledSum(int measureIndex) => _sums[measureIndex];

    internal CubeLayout Layout => _layout;

    internal ulong[] DateBits => _dateBits;

    internal int FirstDay => _firstDay;

    internal int LastDay => _lastDay;

    internal long[] Sums => _sums;

    internal long[] FirstSums => _firstSums;

    internal long[] LastSums => _lastSums;

    internal long[]? Daily => _daily;

    internal decimal Aggregate(int index, TimeAggregation aggregation)
    {
        switch (aggregation)
        {
            case TimeAggregation.Sum:
                return FactValue.FromScaled(_sums[index]);
            case TimeAggregation.Average:
                return DateCount == 0 ? 0m : FactValue.FromScaled(_sums[index]) / DateCount;
            case TimeAggregation.First or TimeAggregation.Last when _layout.Measures[index].IsAdditive:
                // Only stocks keep their first- and last-date totals; a flow would silently read 0.
                throw new InvalidOperationException(
                    $"Measure '{_layout.Measures[index].Id}' is aggregated by {_layout.Measures[index].TimeAggregation}; its per-date totals for {aggregation} were not kept.");
            case TimeAggregation.First:
                return FactValue.FromScaled(_firstSums[index]);
            case TimeAggregation.Last:
                return FactValue.FromScaled(_lastSums[index]);
            default:
                int slot = _layout.MinMaxMeasures.IndexOf(index);
                if (slot < 0 || _daily is null || _layout.Measures[index].TimeAggregation != aggregation)
                {
                    throw new InvalidOperationException(
                        $"Measure '{_layout.Measures[index].Id}' is aggregated by {_layout.Measures[index].TimeAggregation}; its per-date totals for {aggregation} were not kept.");
                }

                long? best = null;
                for (int day = 0; day < _layout.MaxDaysPerPeriod; day++)
                {
                    if ((_dateBits[day >> 6] & (1UL << (day & 63))) == 0)
                    {
                        continue;
                    }

                    long value = _daily[(slot * _layout.MaxDaysPerPeriod) + day];
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
        && _sums.AsSpan().SequenceEqual(other._sums)
        && _dateBits.AsSpan().SequenceEqual(other._dateBits)
        && _firstDay == other._firstDay
        && _lastDay == other._lastDay
        && _firstSums.AsSpan().SequenceEqual(other._firstSums)
        && _lastSums.AsSpan().SequenceEqual(other._lastSums)
        && (_daily ?? []).AsSpan().SequenceEqual(other._daily ?? []);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactCell);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Period, Segment, _sums.Length > 0 ? _sums[0] : 0);

    /// <summary>The period and segment labels.</summary>
    public override string ToString() => $"{Period.Label} {Segment.Label}";
}
