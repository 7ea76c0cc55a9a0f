using System.Collections.Immutable;
using FsCheck.Xunit;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>
/// Every way of building a cube orders its cells by period start then segment, lists its periods and segments in
/// that order, and knows the period and segment index of every cell.
/// </summary>
public partial class FactCubeTests
{
    [Property]
    public bool EveryConstruction_OrdersCellsAndIndexesThem(RowSet left, RowSet right) =>
        LawGrains.All(grain =>
        {
            FactCube a = Aggregate(left.Rows, grain);
            FactCube b = Aggregate(right.Rows, grain);
            FactCube merged = FactCube.Merge(a, b);
            FactCube[] cubes =
            [
                a,
                merged,
                merged.RollUp("sku"),
                merged.RollUp("store", "sku"),
                merged.Total(),
                FactCube.FromSnapshot(merged.ToSnapshot(), Gregorian),
                FactCube.Empty(LawSchema, Gregorian, grain),
                .. merged.Periods.Length == 0 ? [] : new[]
                {
                    merged.Slice(merged.Periods[0], merged.Periods[0]),
                    merged.Slice(merged.Periods[^1], merged.Periods[^1]),
                    merged.Slice(merged.Periods[0], merged.Periods[^1]),
                },
            ];
            return cubes.All(IsOrderedAndIndexed);
        });

    [Fact]
    public void ToCube_ManySegmentsInAnyOrder_OrdersCellsByPeriodThenSegmentValues()
    {
        // Values whose ordinal order differs from their first appearance and from numeric order.
        var random = new Random(3);
        string[] skus = [.. Enumerable.Range(0, 400).Select(i => (i % 3) switch { 0 => $"sku-{i}", 1 => $"SKU-{i}", _ => $"{i}" })];
        string[] stores = ["b", "B", "a", "ab", "a b", "é", "Z"];
        var rows = new List<ScaledRow>();
        for (int i = 0; i < 6_000; i++)
        {
            ScaledRow template = RandomRows(1, i)[0];
            rows.Add(template with { Sku = skus[random.Next(skus.Length)], Store = stores[random.Next(stores.Length)] });
        }

        FactCube cube = Aggregate(rows, PeriodGrain.Week);

        cube.Cells.Should().Equal(cube.Cells.OrderBy(c => c.Period.Start).ThenBy(c => c.Segment, Segment.Comparer));
        cube.Segments.Should().Equal(cube.Cells.Select(c => c.Segment).Distinct().Order(Segment.Comparer));
        cube.Periods.Should().Equal(cube.Cells.Select(c => c.Period).Distinct().OrderBy(p => p.Start));
        IsOrderedAndIndexed(cube).Should().BeTrue();
        IsOrderedAndIndexed(cube.RollUp("store")).Should().BeTrue();
        IsOrderedAndIndexed(FactCube.FromSnapshot(cube.ToSnapshot(), Gregorian)).Should().BeTrue();
    }

    [Fact]
    public void Merge_OfCubesWithDifferentSegmentsAndPeriods_InterleavesThemInOrder()
    {
        List<ScaledRow> rows = RandomRows(3_000, 21);
        FactCube early = Aggregate(rows.Where(r => r.Date < WindowStart.PlusDays(40) && r.Sku != "C"), PeriodGrain.Week);
        FactCube late = Aggregate(rows.Where(r => r.Date >= WindowStart.PlusDays(30) && r.Store != "S1"), PeriodGrain.Week);

        FactCube merged = FactCube.Merge(early, late);

        IsOrderedAndIndexed(merged).Should().BeTrue();
        merged.Should().Be(Aggregate(rows.Where(r => (r.Date < WindowStart.PlusDays(40) && r.Sku != "C")).Concat(
            rows.Where(r => r.Date >= WindowStart.PlusDays(30) && r.Store != "S1")), PeriodGrain.Week));
        FactCube.Merge(late, early).Should().Be(merged);
    }

    [Fact]
    public void Empty_HasNoIndexedCells()
    {
        FactCube empty = FactCube.Empty(LawSchema, Gregorian, PeriodGrain.Month);

        empty.SegmentIndexOfCell.Length.Should().Be(0);
        empty.PeriodIndexOfCell.Length.Should().Be(0);
        empty.Total().PeriodIndexOfCell.Length.Should().Be(0);
        empty.Total().Dimensions.Should().BeEmpty();
        empty.RollUp("sku").Dimensions.Should().Equal("sku");
    }

    [Fact]
    public void FromCells_TwoCellsOfTheSamePeriodAndSegment_Throws()
    {
        FactCube cube = Aggregate(RandomRows(50, 4), PeriodGrain.Month);
        FactCell cell = cube.Cells[0];

        Action act = () => FactCube.FromCells(cube.Layout, Gregorian, PeriodGrain.Month, cube.Dimensions, [cell, cell]);

        act.Should().Throw<InvalidOperationException>().WithMessage("Two cells have the same period and segment.");
    }

    [Fact]
    public void FromSnapshot_FirstOrLastTotalsOfAFlow_IsRefused()
    {
        FactCubeSnapshot snapshot = Aggregate(RandomRows(50, 4), PeriodGrain.Month).ToSnapshot();
        var bad = new FactCubeSnapshot
        {
            CalendarName = snapshot.CalendarName,
            Grain = snapshot.Grain,
            SchemaDimensions = snapshot.SchemaDimensions,
            SchemaMeasures = snapshot.SchemaMeasures,
            Dimensions = snapshot.Dimensions,
            PeriodStarts = snapshot.PeriodStarts,
            SegmentValues = snapshot.SegmentValues,
            Sums = snapshot.Sums,
            DateBits = snapshot.DateBits,
            FirstDays = snapshot.FirstDays,
            LastDays = snapshot.LastDays,
            FirstSums = snapshot.FirstSums.SetItem(1, 5), // revenue, a flow
            LastSums = snapshot.LastSums,
            DailySums = snapshot.DailySums,
        };

        Action act = () => FactCube.FromSnapshot(bad, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*cell 0 has first- or last-date totals for 'revenue', which is not a stock (they must be 0).");
    }

    private static bool IsOrderedAndIndexed(FactCube cube)
    {
        ImmutableArray<FactCell> cells = cube.Cells;
        int[] periods = cube.PeriodIndexOfCell.ToArray();
        int[] segments = cube.SegmentIndexOfCell.ToArray();
        return periods.Length == cells.Length
            && segments.Length == cells.Length
            && cells.Select((c, i) => cube.Periods[periods[i]].Equals(c.Period) && cube.Segments[segments[i]].Equals(c.Segment)).All(ok => ok)
            && cells.Zip(cells.Skip(1)).All(pair => pair.First.Period.Start < pair.Second.Period.Start
                || (pair.First.Period.Start == pair.Second.Period.Start && Segment.Comparer.Compare(pair.First.Segment, pair.Second.Segment) < 0))
            && cube.Periods.Zip(cube.Periods.Skip(1)).All(pair => pair.First.Start < pair.Second.Start)
            && cube.Segments.Zip(cube.Segments.Skip(1)).All(pair => Segment.Comparer.Compare(pair.First, pair.Second) < 0)
            && cube.Periods.All(p => cells.Any(c => c.Period.Equals(p)))
            && cube.Segments.All(s => cells.Any(c => c.Segment.Equals(s)))
            && cells.All(c => ReferenceEquals(cube.GetCell(c.Period, c.Segment), c))
            && cube.Periods.All(p => cube.GetCells(p).SequenceEqual(cells.Where(c => c.Period.Equals(p))));
    }
}
