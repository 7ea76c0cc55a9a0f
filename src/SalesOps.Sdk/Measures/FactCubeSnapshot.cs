using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// The complete aggregation state of a <see cref="FactCube"/> as plain, versioned data: what crosses a process or
/// machine boundary when partitions are aggregated apart and merged (e.g. on an Orleans cluster, or through a
/// cache). <see cref="FactCube.ToSnapshot"/> takes one; <see cref="FactCube.FromSnapshot"/> restores the exact cube.
/// </summary>
/// <remarks>
/// <para>Immutable. The cells are stored column-wise: cell <c>i</c> has its period start at
/// <c>PeriodStarts[i]</c>, its segment values at <c>SegmentValues[i × d .. i × d + d)</c> (<c>d</c> = the number of
/// <see cref="Dimensions"/>), its scaled measure sums at <c>Sums[i × m .. i × m + m)</c> (<c>m</c> = the cube's
/// measure count: the schema's measures, then the derived <c>row_count</c>, <c>forecast_abs_error</c>,
/// <c>ape_sum</c>, <c>ape_rows</c> as <see cref="FactCube.Measures"/> lists them), and so on. Values are
/// <see cref="FactValue"/> scaled integers, so a snapshot is exact.</para>
/// <para>The layout is identified by <see cref="Version"/>. A reader refuses a version it does not know, so a
/// rolling upgrade that changes the layout must add a new version and keep reading the old one.</para>
/// </remarks>
public sealed class FactCubeSnapshot
{
    /// <summary>The layout version this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The layout version of this snapshot; <see cref="CurrentVersion"/> when written by this library.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The <see cref="ReportingCalendar.Name"/> of the cube's calendar.</summary>
    public string CalendarName { get; init; } = string.Empty;

    /// <summary>The period grain of the cube.</summary>
    public PeriodGrain Grain { get; init; }

    /// <summary>The dimensions of the schema the facts came in with.</summary>
    public ImmutableArray<string> SchemaDimensions { get; init; } = [];

    /// <summary>The measures of the schema the facts came in with, in schema order.</summary>
    public ImmutableArray<MeasureDefinition> SchemaMeasures { get; init; } = [];

    /// <summary>The dimensions the cells are keyed by: the schema's, or a subset after <see cref="FactCube.RollUp"/>.</summary>
    public ImmutableArray<string> Dimensions { get; init; } = [];

    /// <summary>The first date of each cell's period (one per cell).</summary>
    public ImmutableArray<LocalDate> PeriodStarts { get; init; } = [];

    /// <summary>The segment values of each cell, one per dimension (cells × dimensions).</summary>
    public ImmutableArray<string> SegmentValues { get; init; } = [];

    /// <summary>The scaled sum over the rows of each measure (cells × measures).</summary>
    public ImmutableArray<long> Sums { get; init; } = [];

    /// <summary>The dates with rows, one bit per day of the period from its start (cells × 64-bit words).</summary>
    public ImmutableArray<ulong> DateBits { get; init; } = [];

    /// <summary>The first day with rows, counted from the period start (one per cell).</summary>
    public ImmutableArray<int> FirstDays { get; init; } = [];

    /// <summary>The last day with rows, counted from the period start (one per cell).</summary>
    public ImmutableArray<int> LastDays { get; init; } = [];

    /// <summary>The scaled per-date totals of the stock measures on the first day with rows (cells × measures; 0 for flows).</summary>
    public ImmutableArray<long> FirstSums { get; init; } = [];

    /// <summary>The scaled per-date totals of the stock measures on the last day with rows (cells × measures; 0 for flows).</summary>
    public ImmutableArray<long> LastSums { get; init; } = [];

    /// <summary>
    /// The scaled per-date totals of the measures aggregated by Min or Max, for every day slot of the period
    /// (cells × such measures × day slots; empty when the schema has none).
    /// </summary>
    public ImmutableArray<long> DailySums { get; init; } = [];

    /// <summary>The number of cells.</summary>
    public int CellCount => PeriodStarts.IsDefault ? 0 : PeriodStarts.Length;

    /// <summary>The version, calendar, grain and cell count.</summary>
    public override string ToString() => $"v{Version} {CalendarName} {Grain} snapshot: {CellCount} cells";

    internal static FactCubeSnapshot Capture(FactCube cube)
    {
        CubeLayout layout = cube.Layout;
        int m = layout.MeasureCount;
        int w = layout.DateWords;
        int dailyLength = layout.MinMaxMeasures.Length * layout.MaxDaysPerPeriod;
        int n = cube.Cells.Length;
        int d = cube.Dimensions.Length;
        var starts = new LocalDate[n];
        var segments = new string[n * d];
        var sums = new long[n * m];
        var bits = new ulong[n * w];
        var firstDays = new int[n];
        var lastDays = new int[n];
        var firstSums = new long[n * m];
        var lastSums = new long[n * m];
        var daily = new long[n * dailyLength];
        ImmutableArray<int> stocks = layout.StockMeasures;
        for (int i = 0; i < n; i++)
        {
            FactCell cell = cube.Cells[i];
            starts[i] = cell.Period.Start;
            cell.Segment.Values.CopyTo(segments, i * d);
            cell.Sums.CopyTo(sums.AsSpan(i * m, m));
            cell.DateBits.CopyTo(bits.AsSpan(i * w, w));
            firstDays[i] = cell.FirstDay;
            lastDays[i] = cell.LastDay;
            ReadOnlySpan<long> first = cell.FirstStocks;
            ReadOnlySpan<long> last = cell.LastStocks;
            for (int k = 0; k < stocks.Length; k++)
            {
                firstSums[(i * m) + stocks[k]] = first[k];
                lastSums[(i * m) + stocks[k]] = last[k];
            }

            cell.Daily.CopyTo(daily.AsSpan(i * dailyLength, dailyLength));
        }

        return new FactCubeSnapshot
        {
            CalendarName = cube.Calendar.Name,
            Grain = cube.Grain,
            SchemaDimensions = cube.Schema.Dimensions,
            SchemaMeasures = cube.Schema.Measures,
            Dimensions = cube.Dimensions,
            PeriodStarts = ImmutableArray.Create(starts),
            SegmentValues = ImmutableArray.Create(segments),
            Sums = ImmutableArray.Create(sums),
            DateBits = ImmutableArray.Create(bits),
            FirstDays = ImmutableArray.Create(firstDays),
            LastDays = ImmutableArray.Create(lastDays),
            FirstSums = ImmutableArray.Create(firstSums),
            LastSums = ImmutableArray.Create(lastSums),
            DailySums = ImmutableArray.Create(daily),
        };
    }

    /// <summary>Validates the snapshot against <paramref name="calendar"/> and rebuilds its layout and cells.</summary>
    /// <exception cref="ArgumentException">The snapshot is not a valid cube state for the calendar.</exception>
    internal (CubeLayout Layout, List<FactCell> Cells) Restore(ReportingCalendar calendar)
    {
        if (Version != CurrentVersion)
        {
            throw Invalid($"version {Version} is not supported; this library reads version {CurrentVersion}");
        }

        if (!string.Equals(CalendarName, calendar.Name, StringComparison.Ordinal))
        {
            throw Invalid($"it was taken with calendar '{CalendarName}', not '{calendar.Name}'");
        }

        if (!Enum.IsDefined(Grain))
        {
            throw Invalid($"grain {(int)Grain} is not a defined PeriodGrain");
        }

        string? missing = FirstMissing();
        if (missing is not null)
        {
            throw Invalid($"{missing} is missing");
        }

        FactSchema schema;
        try
        {
            schema = new FactSchema(SchemaDimensions, SchemaMeasures);
        }
        catch (ArgumentException ex)
        {
            throw Invalid("its schema is invalid: " + ex.Message);
        }

        foreach (string dimension in Dimensions)
        {
            if (schema.IndexOfDimension(dimension) < 0)
            {
                throw Invalid($"cell dimension '{dimension}' is not one of the schema's [{string.Join(", ", SchemaDimensions)}]");
            }
        }

        if (Dimensions.Distinct(StringComparer.Ordinal).Count() != Dimensions.Length)
        {
            throw Invalid($"cell dimensions [{string.Join(", ", Dimensions)}] repeat a dimension");
        }

        var layout = new CubeLayout(schema, Grain);
        int n = PeriodStarts.Length;
        int m = layout.MeasureCount;
        int w = layout.DateWords;
        int d = Dimensions.Length;
        int dailyLength = layout.MinMaxMeasures.Length * layout.MaxDaysPerPeriod;
        CheckLength(nameof(SegmentValues), SegmentValues.Length, n, d, "dimensions");
        CheckLength(nameof(Sums), Sums.Length, n, m, "measures");
        CheckLength(nameof(DateBits), DateBits.Length, n, w, "date words");
        CheckLength(nameof(FirstDays), FirstDays.Length, n, 1, "value");
        CheckLength(nameof(LastDays), LastDays.Length, n, 1, "value");
        CheckLength(nameof(FirstSums), FirstSums.Length, n, m, "measures");
        CheckLength(nameof(LastSums), LastSums.Length, n, m, "measures");
        CheckLength(nameof(DailySums), DailySums.Length, n, dailyLength, "min/max day slots");

        var periods = new Dictionary<LocalDate, ReportingPeriod>();
        var segments = new Dictionary<Segment, Segment>();
        var seen = new HashSet<(LocalDate, Segment)>();
        var cells = new List<FactCell>(n);
        var arena = new CellStateArena(layout.StateLength, n);
        ImmutableArray<int> stocks = layout.StockMeasures;
        for (int i = 0; i < n; i++)
        {
            LocalDate start = PeriodStarts[i];
            if (!periods.TryGetValue(start, out ReportingPeriod? period))
            {
                period = PeriodStarting(calendar, start, i);
                periods[start] = period;
            }

            string[] values = SegmentValues.AsSpan(i * d, d).ToArray();
            if (Array.IndexOf(values, null) >= 0)
            {
                throw Invalid($"cell {i} has a null segment value");
            }

            var key = d == 0 ? Segment.Total : new Segment(Dimensions, values);
            if (!segments.TryGetValue(key, out Segment? segment))
            {
                segment = key;
                segments[key] = segment;
            }

            if (!seen.Add((start, segment)))
            {
                throw Invalid($"cell {i} repeats period {period.Label} and segment {segment.Label}");
            }

            ReadOnlySpan<ulong> bits = DateBits.AsSpan(i * w, w);
            CheckDays(i, period, bits, FirstDays[i], LastDays[i]);
            ReadOnlySpan<long> firstSums = FirstSums.AsSpan(i * m, m);
            ReadOnlySpan<long> lastSums = LastSums.AsSpan(i * m, m);
            for (int k = 0; k < m; k++)
            {
                if (layout.StockSlotOf(k) < 0 && (firstSums[k] != 0 || lastSums[k] != 0))
                {
                    throw Invalid($"cell {i} has first- or last-date totals for '{layout.Measures[k].Id}', which is not a stock (they must be 0)");
                }
            }

            (long[] array, int offset) = arena.Allocate();
            Span<long> state = array.AsSpan(offset, layout.StateLength);
            for (int k = 0; k < w; k++)
            {
                state[k] = unchecked((long)bits[k]);
            }

            Sums.AsSpan(i * m, m).CopyTo(state.Slice(layout.SumsOffset, m));
            for (int k = 0; k < stocks.Length; k++)
            {
                state[layout.FirstStocksOffset + k] = firstSums[stocks[k]];
                state[layout.LastStocksOffset + k] = lastSums[stocks[k]];
            }

            DailySums.AsSpan(i * dailyLength, dailyLength).CopyTo(state.Slice(layout.DailyOffset, dailyLength));
            cells.Add(new FactCell(layout, period, segment, array, offset, FirstDays[i], LastDays[i]));
        }

        return (layout, cells);
    }

    private string? FirstMissing()
    {
        if (CalendarName is null)
        {
            return nameof(CalendarName);
        }

        (string Name, bool IsDefault)[] arrays =
        [
            (nameof(SchemaDimensions), SchemaDimensions.IsDefault),
            (nameof(SchemaMeasures), SchemaMeasures.IsDefault),
            (nameof(Dimensions), Dimensions.IsDefault),
            (nameof(PeriodStarts), PeriodStarts.IsDefault),
            (nameof(SegmentValues), SegmentValues.IsDefault),
            (nameof(Sums), Sums.IsDefault),
            (nameof(DateBits), DateBits.IsDefault),
            (nameof(FirstDays), FirstDays.IsDefault),
            (nameof(LastDays), LastDays.IsDefault),
            (nameof(FirstSums), FirstSums.IsDefault),
            (nameof(LastSums), LastSums.IsDefault),
            (nameof(DailySums), DailySums.IsDefault),
        ];
        return arrays.FirstOrDefault(a => a.IsDefault).Name
            ?? (SchemaDimensions.Any(x => x is null) ? nameof(SchemaDimensions) + " entry"
                : Dimensions.Any(x => x is null) ? nameof(Dimensions) + " entry"
                : null);
    }

    private void CheckLength(string name, int actual, int cells, int perCell, string unit)
    {
        long expected = (long)cells * perCell;
        if (actual != expected)
        {
            throw Invalid($"{name} has {actual} entries, not {expected} ({cells} cells × {perCell} {unit})");
        }
    }

    private ReportingPeriod PeriodStarting(ReportingCalendar calendar, LocalDate start, int cell)
    {
        ReportingPeriod period;
        try
        {
            period = calendar.GetPeriod(start, Grain);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw Invalid($"cell {cell} has period start {Format(start)} outside the calendar: {ex.Message}");
        }

        if (period.Start != start)
        {
            throw Invalid($"cell {cell} has period start {Format(start)}, which is not the start of a {calendar.Name} {Grain} period ({period.Label} starts {Format(period.Start)})");
        }

        return period;
    }

    private void CheckDays(int cell, ReportingPeriod period, ReadOnlySpan<ulong> bits, int firstDay, int lastDay)
    {
        if (firstDay < 0 || lastDay < firstDay || lastDay >= period.Days)
        {
            throw Invalid($"cell {cell} has first day {firstDay} and last day {lastDay}; period {period.Label} has days 0 to {period.Days - 1}");
        }

        for (int day = 0; day < bits.Length * 64; day++)
        {
            bool set = (bits[day >> 6] & (1UL << (day & 63))) != 0;
            if (set && (day < firstDay || day > lastDay))
            {
                throw Invalid($"cell {cell} marks day {day} as having rows, outside its first and last day {firstDay} to {lastDay}");
            }

            if (!set && (day == firstDay || day == lastDay))
            {
                throw Invalid($"cell {cell} does not mark its first or last day ({day}) as having rows");
            }
        }
    }

    private ArgumentException Invalid(string problem) =>
        new($"Cannot restore the fact cube from the snapshot ({this}): {problem}.");

    private static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
