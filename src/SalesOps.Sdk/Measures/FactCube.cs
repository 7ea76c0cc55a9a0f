using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// Aggregated facts keyed by reporting period × segment: what the metric engine, scorecards and diagnosis read.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Build one with <see cref="FactAggregator"/> or <see cref="FactAggregation"/>.</para>
/// <para>Cubes form a commutative monoid under <see cref="Merge"/> with <see cref="Empty"/> as identity: partitions
/// aggregated on different threads or machines merge into exactly the cube of all their rows.</para>
/// </remarks>
public sealed class FactCube : IEquatable<FactCube>
{
    private readonly CubeLayout _layout;
    private readonly Lazy<Dictionary<(ReportingPeriod Period, Segment Segment), FactCell>> _index;
    private readonly Lazy<Dictionary<ReportingPeriod, ImmutableArray<FactCell>>> _byPeriod;

    internal FactCube(CubeLayout layout, ReportingCalendar calendar, PeriodGrain grain, IEnumerable<FactCell> cells)
    {
        _layout = layout;
        _rolledDimensions = layout.Schema.Dimensions; // a cube without cells is still keyed by the schema's dimensions
        Calendar = calendar;
        Grain = grain;
        Cells = [.. cells.OrderBy(c => c.Period.Start).ThenBy(c => c.Segment, Segment.Comparer)];
        // The lookups are built on first use: evaluating metrics only walks Cells, Periods and Segments.
        ImmutableArray<FactCell> sorted = Cells;
        _index = new(() => sorted.ToDictionary(c => (c.Period, c.Segment)));
        _byPeriod = new(() => sorted.GroupBy(c => c.Period).ToDictionary(g => g.Key, g => g.ToImmutableArray()));
        var periods = ImmutableArray.CreateBuilder<ReportingPeriod>();
        foreach (FactCell cell in Cells)
        {
            // Cells are sorted by period start, and the cells of one cube share its calendar and grain.
            if (periods.Count == 0 || periods[^1].Start != cell.Period.Start)
            {
                periods.Add(cell.Period);
            }
        }

        Periods = periods.ToImmutable();
        Segments = [.. Cells.Select(c => c.Segment).Distinct().Order(Segment.Comparer)];
    }

    /// <summary>The schema of the facts that went in.</summary>
    public FactSchema Schema => _layout.Schema;

    /// <summary>The measures the cube carries: the schema's plus the derived <c>row_count</c> and, when forecast and sales are present, <c>forecast_abs_error</c>.</summary>
    public ImmutableArray<MeasureDefinition> Measures => _layout.Measures;

    /// <summary>The segment dimensions of the cells (a subset of the schema's after <see cref="RollUp"/>).</summary>
    public ImmutableArray<string> Dimensions => Segments.Length > 0 ? Segments[0].Dimensions : _rolledDimensions;

    /// <summary>The reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The period grain.</summary>
    public PeriodGrain Grain { get; }

    /// <summary>The periods that have at least one row, in date order.</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    /// <summary>The segments that have at least one row, ordered by their values.</summary>
    public ImmutableArray<Segment> Segments { get; }

    /// <summary>Every cell, by period then segment.</summary>
    public ImmutableArray<FactCell> Cells { get; }

    /// <summary>Whether the cube has no rows.</summary>
    public bool IsEmpty => Cells.Length == 0;

    internal CubeLayout Layout => _layout;

    private ImmutableArray<string> _rolledDimensions { get; init; } = [];

    /// <summary>The empty cube of a schema, calendar and grain: the identity of <see cref="Merge"/>.</summary>
    public static FactCube Empty(FactSchema schema, ReportingCalendar calendar, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(calendar);
        return new FactCube(new CubeLayout(schema, grain), calendar, grain, []) { _rolledDimensions = schema.Dimensions };
    }

    /// <summary>Whether the cube carries a measure (its column was in the data).</summary>
    public bool HasMeasure(string measureId) => _layout.IndexOf(measureId) >= 0;

    /// <summary>The cell of a period and segment, or null when it has no rows.</summary>
    public FactCell? GetCell(ReportingPeriod period, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(segment);
        return _index.Value.GetValueOrDefault((period, segment));
    }

    /// <summary>The cells of a period (empty when it has no rows).</summary>
    public ImmutableArray<FactCell> GetCells(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return _byPeriod.Value.TryGetValue(period, out ImmutableArray<FactCell> cells) ? cells : [];
    }

    /// <summary>
    /// The cube with segments re-keyed by a subset of the dimensions (flows and per-date stock totals summed);
    /// no dimensions gives one total cell per period.
    /// </summary>
    /// <param name="dimensions">The dimensions to keep, each one of <see cref="Dimensions"/>.</param>
    /// <exception cref="ArgumentException">A dimension is not in the cube.</exception>
    public FactCube RollUp(params string[] dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ImmutableArray<string> current = Dimensions;
        int[] positions = new int[dimensions.Length];
        for (int i = 0; i < dimensions.Length; i++)
        {
            positions[i] = current.IndexOf(dimensions[i], StringComparer.Ordinal);
            if (positions[i] < 0)
            {
                throw new ArgumentException(
                    $"Cannot roll up by '{dimensions[i]}': the cube's dimensions are [{string.Join(", ", current)}].", nameof(dimensions));
            }
        }

        if (dimensions.AsSpan().SequenceEqual(current.AsSpan()))
        {
            return this; // Re-keying by the same dimensions, in the same order, changes nothing.
        }

        // Group the cells of each target cell first, then merge each group in one pass (one set of arrays per group).
        var segments = new Dictionary<Segment, Segment>();
        var groups = new Dictionary<(ReportingPeriod, Segment), List<FactCell>>();
        var values = new string[positions.Length];
        foreach (FactCell cell in Cells)
        {
            for (int i = 0; i < positions.Length; i++)
            {
                values[i] = cell.Segment.Values[positions[i]];
            }

            Segment segment;
            if (positions.Length == 0)
            {
                segment = Segment.Total;
            }
            else
            {
                var key = new Segment(dimensions, values);
                if (!segments.TryGetValue(key, out segment!))
                {
                    segment = key;
                    segments[key] = segment;
                }
            }

            ref List<FactCell>? group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, (cell.Period, segment), out _);
            (group ??= []).Add(cell);
        }

        return new FactCube(_layout, Calendar, Grain, groups.Select(g => FactCellMerger.MergeAll(g.Value, g.Key.Item2)))
        {
            _rolledDimensions = [.. dimensions],
        };
    }

    /// <summary>The cube with one total cell per period (all segments summed).</summary>
    public FactCube Total() => RollUp();

    /// <summary>
    /// The cube restricted to the periods from <paramref name="first"/> to <paramref name="last"/> (inclusive, by
    /// start date): e.g. the last twelve months of a longer history, or a rolling window for a trend of the balance.
    /// </summary>
    /// <param name="first">The first period to keep.</param>
    /// <param name="last">The last period to keep (not before <paramref name="first"/>).</param>
    /// <returns>A cube of the same schema, calendar, grain and dimensions; empty when no period with data falls between.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="last"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> starts before <paramref name="first"/>.</exception>
    public FactCube Slice(ReportingPeriod first, ReportingPeriod last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        if (last.Start < first.Start)
        {
            throw new ArgumentException($"The last period {last.Label} starts before the first period {first.Label}.", nameof(last));
        }

        return new FactCube(_layout, Calendar, Grain, Cells.Where(c => c.Period.Start >= first.Start && c.Period.Start <= last.Start))
        {
            _rolledDimensions = Dimensions,
        };
    }

    /// <summary>
    /// Combines two cubes of the same schema, calendar, grain and dimensions into the cube of all their rows.
    /// Associative and commutative; <see cref="Empty"/> is the identity; money and counts stay exact.
    /// </summary>
    /// <exception cref="ArgumentException">The cubes differ in schema, calendar, grain or dimensions.</exception>
    public static FactCube Merge(FactCube left, FactCube right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (!left.Schema.Equals(right.Schema))
        {
            throw new ArgumentException($"Cannot merge cubes of different schemas: {left.Schema} and {right.Schema}.", nameof(right));
        }

        if (left.Calendar.Name != right.Calendar.Name || left.Grain != right.Grain)
        {
            throw new ArgumentException(
                $"Cannot merge a {left.Calendar.Name} {left.Grain} cube with a {right.Calendar.Name} {right.Grain} cube.", nameof(right));
        }

        if (!left.Dimensions.SequenceEqual(right.Dimensions, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Cannot merge cubes keyed by [{string.Join(", ", left.Dimensions)}] and [{string.Join(", ", right.Dimensions)}].", nameof(right));
        }

        var merged = new Dictionary<(ReportingPeriod, Segment), FactCell>(left._index.Value);
        foreach (FactCell cell in right.Cells)
        {
            merged[(cell.Period, cell.Segment)] = merged.TryGetValue((cell.Period, cell.Segment), out FactCell? existing)
                ? FactCellMerger.Merge(existing, cell, cell.Segment)
                : cell;
        }

        return new FactCube(left._layout, left.Calendar, left.Grain, merged.Values) { _rolledDimensions = left.Dimensions };
    }

    /// <summary>The cube's complete aggregation state as plain, versioned data (see <see cref="FactCubeSnapshot"/>).</summary>
    public FactCubeSnapshot ToSnapshot() => FactCubeSnapshot.Capture(this);

    /// <summary>Restores the exact cube a <see cref="ToSnapshot"/> was taken of.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="calendar">The reporting calendar the snapshot was taken with (its name must match).</param>
    /// <exception cref="ArgumentException">
    /// The snapshot's version is not supported, its calendar name differs, or its data is not a valid cube state
    /// (arrays of the wrong size, a period start that is not one, days outside the period, repeated cells).
    /// </exception>
    public static FactCube FromSnapshot(FactCubeSnapshot snapshot, ReportingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(calendar);
        (CubeLayout layout, List<FactCell> cells) = snapshot.Restore(calendar);
        return new FactCube(layout, calendar, snapshot.Grain, cells) { _rolledDimensions = snapshot.Dimensions };
    }

    /// <summary>Structural equality: same schema, calendar, grain and cells.</summary>
    public bool Equals(FactCube? other) =>
        other is not null
        && Schema.Equals(other.Schema)
        && Calendar.Name == other.Calendar.Name
        && Grain == other.Grain
        && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FactCube);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Calendar.Name, Grain, Cells.Length);

    /// <summary>A short description: calendar, grain, periods, segments.</summary>
    public override string ToString() => $"{Calendar.Name} {Grain} cube: {Periods.Length} periods × {Segments.Length} segments";
}
