using System.Collections.Immutable;
using FsCheck.Xunit;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public class FactCubeSnapshotTests
{
    private static readonly PeriodGrain[] AllGrains =
        [PeriodGrain.Day, PeriodGrain.Week, PeriodGrain.Month, PeriodGrain.Quarter, PeriodGrain.Year];

    [Property(MaxTest = 100, Arbitrary = [typeof(FactArbitraries)])]
    public bool ToSnapshot_FromSnapshot_RoundTripsToAnEqualCube(RowSet rows) =>
        AllGrains.All(grain =>
        {
            FactCube cube = Aggregate(rows.Rows, grain);
            FactCube restored = FactCube.FromSnapshot(cube.ToSnapshot(), Gregorian);
            return restored.Equals(cube)
                && restored.Dimensions.SequenceEqual(cube.Dimensions)
                && restored.Periods.SequenceEqual(cube.Periods)
                && restored.Cells.Zip(cube.Cells).All(pair => cube.Measures.All(m =>
                    pair.First.GetValue(m.Id) == pair.Second.GetValue(m.Id)));
        });

    [Property(MaxTest = 100, Arbitrary = [typeof(FactArbitraries)])]
    public bool FromSnapshot_OfRolledUpCubes_RoundTripsAndStillMerges(RowSet left, RowSet right)
    {
        FactCube a = Aggregate(left.Rows, PeriodGrain.Month).RollUp("store");
        FactCube b = Aggregate(right.Rows, PeriodGrain.Month).RollUp("store");
        FactCube restoredA = FactCube.FromSnapshot(a.ToSnapshot(), Gregorian);
        FactCube restoredB = FactCube.FromSnapshot(b.ToSnapshot(), Gregorian);
        return restoredA.Equals(a)
            && restoredA.Dimensions.SequenceEqual(["store"])
            && FactCube.Merge(restoredA, restoredB).Equals(FactCube.Merge(a, b));
    }

    [Fact]
    public void ToSnapshot_HandComputedCube_HoldsTheScaledState()
    {
        FactSchema schema = new(["store"], [StandardMeasures.Revenue, StandardMeasures.OnHandUnits]);
        FactCube cube = FromRows(schema, PeriodGrain.Month,
        [
            Row(Date(2024, 3, 4), ["S1"], 10.25m, 5m),
            Row(Date(2024, 3, 9), ["S1"], 1.5m, 7m),
        ]);

        FactCubeSnapshot snapshot = cube.ToSnapshot();

        snapshot.Version.Should().Be(FactCubeSnapshot.CurrentVersion);
        snapshot.CalendarName.Should().Be("gregorian");
        snapshot.Grain.Should().Be(PeriodGrain.Month);
        snapshot.CellCount.Should().Be(1);
        snapshot.PeriodStarts.Should().Equal(Date(2024, 3, 1));
        snapshot.SegmentValues.Should().Equal("S1");
        snapshot.Sums.Should().Equal(117_500L, 120_000L, 20_000L); // revenue, on_hand_units, row_count
        snapshot.FirstDays.Should().Equal(3);
        snapshot.LastDays.Should().Equal(8);
        snapshot.DateBits.Should().Equal((1UL << 3) | (1UL << 8));
        snapshot.FirstSums.Should().Equal(0L, 50_000L, 0L);
        snapshot.LastSums.Should().Equal(0L, 70_000L, 0L);
        snapshot.DailySums.Should().BeEmpty();
    }

    [Fact]
    public void FromSnapshot_EmptyRolledUpCube_KeepsItsDimensions()
    {
        FactCube empty = FactCube.Empty(LawSchema, Gregorian, PeriodGrain.Week).RollUp("sku");

        FactCube restored = FactCube.FromSnapshot(empty.ToSnapshot(), Gregorian);

        restored.IsEmpty.Should().BeTrue();
        restored.Dimensions.Should().Equal("sku");
        restored.Schema.Should().Be(LawSchema);
    }

    [Fact]
    public void FromSnapshot_RetailCalendar_RoundTrips()
    {
        FactCube cube = Aggregate(RandomRows(500, seed: 7), PeriodGrain.Month);
        FactCube retail = FactAggregation.FromRows(
            new InMemoryFactRowSource(LawSchema, RandomRows(500, seed: 7).Select(ToFactRow)), ReportingCalendars.Nrf454, PeriodGrain.Quarter);

        FactCube.FromSnapshot(retail.ToSnapshot(), ReportingCalendars.Nrf454).Should().Be(retail);
        FactCube.FromSnapshot(cube.ToSnapshot(), Gregorian).Should().Be(cube);
    }

    [Fact]
    public void FromSnapshot_UnsupportedVersion_ThrowsNamingBothVersions()
    {
        FactCubeSnapshot future = Copy(Sample(), version: 2);

        Action act = () => FactCube.FromSnapshot(future, Gregorian);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Cannot restore the fact cube from the snapshot (v2 gregorian Month snapshot: *): version 2 is not supported; this library reads version 1.");
    }

    [Fact]
    public void FromSnapshot_OtherCalendar_ThrowsNamingBothCalendars()
    {
        Action act = () => FactCube.FromSnapshot(Sample(), ReportingCalendars.Nrf454);

        act.Should().Throw<ArgumentException>().WithMessage("*taken with calendar 'gregorian', not 'nrf-454'.");
    }

    [Fact]
    public void FromSnapshot_ArrayOfTheWrongSize_ThrowsNamingTheArrayAndItsExpectedSize()
    {
        FactCubeSnapshot sample = Sample();
        FactCubeSnapshot bad = Copy(sample, sums: sample.Sums.RemoveAt(0));

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        int measures = sample.Sums.Length / sample.CellCount;
        act.Should().Throw<ArgumentException>()
            .WithMessage($"*Sums has {sample.Sums.Length - 1} entries, not {sample.Sums.Length} ({sample.CellCount} cells × {measures} measures).");
    }

    [Fact]
    public void FromSnapshot_MissingArray_ThrowsNamingIt()
    {
        FactCubeSnapshot bad = Copy(Sample(), dateBits: default(ImmutableArray<ulong>));

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*: DateBits is missing.");
    }

    [Fact]
    public void FromSnapshot_PeriodStartThatIsNotOne_ThrowsNamingTheCellAndThePeriod()
    {
        FactCubeSnapshot sample = Sample();
        FactCubeSnapshot bad = Copy(sample, periodStarts: sample.PeriodStarts.SetItem(0, sample.PeriodStarts[0].PlusDays(1)));

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*cell 0 has period start 2024-01-02, which is not the start of a gregorian Month period (2024-01 starts 2024-01-01).");
    }

    [Fact]
    public void FromSnapshot_DayOutsideThePeriod_Throws()
    {
        FactCubeSnapshot sample = Sample();
        FactCubeSnapshot bad = Copy(sample, lastDays: sample.LastDays.SetItem(0, 40));

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*cell 0 has first day * and last day 40; period 2024-01 has days 0 to 30.");
    }

    [Fact]
    public void FromSnapshot_RepeatedCell_Throws()
    {
        FactCubeSnapshot sample = Sample();
        int d = sample.Dimensions.Length;
        FactCubeSnapshot bad = Copy(
            sample,
            segmentValues: sample.SegmentValues.SetItem(d, sample.SegmentValues[0]).SetItem(d + 1, sample.SegmentValues[1]),
            periodStarts: sample.PeriodStarts.SetItem(1, sample.PeriodStarts[0]),
            firstDays: sample.FirstDays.SetItem(1, sample.FirstDays[0]),
            lastDays: sample.LastDays.SetItem(1, sample.LastDays[0]),
            dateBits: sample.DateBits.SetItem(1, sample.DateBits[0]));

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*cell 1 repeats period 2024-01 and segment */*.");
    }

    [Fact]
    public void FromSnapshot_CellDimensionNotInTheSchema_Throws()
    {
        FactCubeSnapshot bad = Copy(Sample(), dimensions: ["sku", "region"]);

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*cell dimension 'region' is not one of the schema's [sku, store].");
    }

    [Fact]
    public void FromSnapshot_InvalidSchema_Throws()
    {
        FactCubeSnapshot bad = Copy(Sample(), schemaMeasures: []);

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*its schema is invalid: A schema needs at least one measure.*");
    }

    [Fact]
    public void FromSnapshot_Null_Throws()
    {
        Action act = () => FactCube.FromSnapshot(null!, Gregorian);

        act.Should().Throw<ArgumentNullException>();
    }

    /// <summary>A month cube of 2024-01 only (the first days of the generated window are in late January).</summary>
    private static FactCubeSnapshot Sample()
    {
        var rows = new List<ScaledRow>
        {
            new(new LocalDate(2024, 1, 5), "A", "S1", RandomRows(1, 1)[0].Values),
            new(new LocalDate(2024, 1, 9), "B", "S2", RandomRows(1, 2)[0].Values),
        };
        return Aggregate(rows, PeriodGrain.Month).ToSnapshot();
    }

    private static FactCubeSnapshot Copy(
        FactCubeSnapshot s,
        int? version = null,
        ImmutableArray<MeasureDefinition>? schemaMeasures = null,
        ImmutableArray<string>? dimensions = null,
        ImmutableArray<LocalDate>? periodStarts = null,
        ImmutableArray<string>? segmentValues = null,
        ImmutableArray<long>? sums = null,
        ImmutableArray<ulong>? dateBits = null,
        ImmutableArray<int>? firstDays = null,
        ImmutableArray<int>? lastDays = null) =>
        new()
        {
            Version = version ?? s.Version,
            CalendarName = s.CalendarName,
            Grain = s.Grain,
            SchemaDimensions = s.SchemaDimensions,
            SchemaMeasures = schemaMeasures ?? s.SchemaMeasures,
            Dimensions = dimensions ?? s.Dimensions,
            PeriodStarts = periodStarts ?? s.PeriodStarts,
            SegmentValues = segmentValues ?? s.SegmentValues,
            Sums = sums ?? s.Sums,
            DateBits = dateBits ?? s.DateBits,
            FirstDays = firstDays ?? s.FirstDays,
            LastDays = lastDays ?? s.LastDays,
            FirstSums = s.FirstSums,
            LastSums = s.LastSums,
            DailySums = s.DailySums,
        };
}
