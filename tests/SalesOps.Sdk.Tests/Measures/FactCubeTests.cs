using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public partial class FactCubeTests
{
    private static readonly FactSchema SkuOnlySchema = new(["sku"], LawSchema.Measures);

    private static readonly FactSchema NoDimensionSchema = new([], LawSchema.Measures);

    [Theory]
    [InlineData(PeriodGrain.Month, 1)]
    [InlineData(PeriodGrain.Week, 2)]
    [InlineData(PeriodGrain.Day, 3)]
    [InlineData(PeriodGrain.Quarter, 4)]
    public void RollUp_BySkuFromSkuStore_EqualsAggregatingWithoutTheStoreColumn(PeriodGrain grain, int seed)
    {
        List<ScaledRow> rows = RandomRows(3_000, seed);
        FactCube full = Aggregate(rows, grain);
        FactCube direct = FromRows(SkuOnlySchema, grain, rows.Select(r => new FactRow(r.Date, [r.Sku], [.. r.Values.Select(FactValue.FromScaled)])));

        FactCube rolled = full.RollUp("sku");

        rolled.Dimensions.Should().Equal("sku");
        rolled.Segments.Should().Equal(direct.Segments);
        rolled.Periods.Should().Equal(direct.Periods);
        rolled.Cells.Should().Equal(direct.Cells);
        AllValues(rolled).Should().Equal(AllValues(direct));
    }

    [Fact]
    public void RollUp_ByStore_KeepsOnlyTheStoreDimension()
    {
        FactCube rolled = Aggregate(RandomRows(500, 5), PeriodGrain.Month).RollUp("store");

        rolled.Dimensions.Should().Equal("store");
        rolled.Segments.Select(s => s.Label).Should().Equal("S1", "S2");
        rolled.Segments.Should().AllSatisfy(s => s.Dimensions.Should().Equal("store"));
    }

    [Fact]
    public void RollUp_ReorderedDimensions_KeysSegmentsInTheGivenOrder()
    {
        FactCube full = Aggregate(RandomRows(500, 6), PeriodGrain.Month);

        FactCube rolled = full.RollUp("store", "sku");

        rolled.Dimensions.Should().Equal("store", "sku");
        rolled.Cells.Should().HaveCount(full.Cells.Length);
        rolled.Segments.Should().Contain(new Segment(["store", "sku"], ["S2", "C"]));
    }

    [Theory]
    [InlineData(PeriodGrain.Month)]
    [InlineData(PeriodGrain.Week)]
    public void Total_EqualsTheSingleSegmentAggregation(PeriodGrain grain)
    {
        List<ScaledRow> rows = RandomRows(3_000, 11);
        FactCube direct = FromRows(NoDimensionSchema, grain, rows.Select(r => new FactRow(r.Date, [], [.. r.Values.Select(FactValue.FromScaled)])));

        FactCube total = Aggregate(rows, grain).Total();

        total.Segments.Should().Equal(Segment.Total);
        total.Dimensions.Should().BeEmpty();
        total.Cells.Should().Equal(direct.Cells);
        AllValues(total).Should().Equal(AllValues(direct));
        total.Cells.Sum(c => c.RowCount).Should().Be(3_000);
    }

    [Fact]
    public void Total_OfRollUp_EqualsTotal()
    {
        FactCube cube = Aggregate(RandomRows(2_000, 12), PeriodGrain.Month);

        cube.RollUp("store").Total().Should().Be(cube.Total());
        cube.RollUp("sku").RollUp().Cells.Should().Equal(cube.Total().Cells);
    }

    [Fact]
    public void RollUp_UnknownDimension_ThrowsNamingTheCubeDimensions()
    {
        FactCube cube = Aggregate(RandomRows(10, 1), PeriodGrain.Month);

        Action act = () => cube.RollUp("region");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("region").And.Contain("sku, store");
    }

    [Fact]
    public void RollUp_DimensionDroppedByAnEarlierRollUp_Throws()
    {
        FactCube bySku = Aggregate(RandomRows(10, 1), PeriodGrain.Month).RollUp("sku");

        Action act = () => bySku.RollUp("store");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Empty_HasSchemaDimensionsAndNoCells()
    {
        FactCube empty = FactCube.Empty(LawSchema, Gregorian, PeriodGrain.Month);

        empty.IsEmpty.Should().BeTrue();
        empty.Dimensions.Should().Equal("sku", "store");
        empty.Periods.Should().BeEmpty();
        empty.Total().IsEmpty.Should().BeTrue();
        empty.HasMeasure("forecast_abs_error").Should().BeTrue();
    }

    [Fact]
    public void ToCube_NoRows_KeepsTheSchemaDimensions()
    {
        FactCube empty = Aggregate([], PeriodGrain.Month);

        empty.IsEmpty.Should().BeTrue();
        empty.Dimensions.Should().Equal("sku", "store");
        empty.RollUp("sku").Dimensions.Should().Equal("sku");
    }

    [Fact]
    public void Merge_CubeOfNoRowsWithCubeOfRows_IsTheCubeOfRows()
    {
        FactCube rows = Aggregate(RandomRows(100, 3), PeriodGrain.Month);
        FactCube none = Aggregate([], PeriodGrain.Month);

        FactCube.Merge(rows, none).Should().Be(rows);
        FactCube.Merge(none, rows).Should().Be(rows);
    }

    [Fact]
    public void Merge_DifferentGrains_Throws()
    {
        FactCube month = Aggregate(RandomRows(10, 1), PeriodGrain.Month);
        FactCube week = Aggregate(RandomRows(10, 1), PeriodGrain.Week);

        Action act = () => FactCube.Merge(month, week);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("Month").And.Contain("Week");
    }

    [Fact]
    public void Merge_DifferentSchemas_Throws()
    {
        FactCube a = Aggregate(RandomRows(10, 1), PeriodGrain.Month);
        FactCube b = FactCube.Empty(SkuOnlySchema, Gregorian, PeriodGrain.Month);

        Action act = () => FactCube.Merge(a, b);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Merge_RolledUpAndFullCube_ThrowsNamingBothKeys()
    {
        FactCube cube = Aggregate(RandomRows(10, 1), PeriodGrain.Month);

        Action act = () => FactCube.Merge(cube, cube.RollUp("sku"));

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("[sku, store]").And.Contain("[sku]");
    }

    [Fact]
    public void Merge_RolledUpCubes_EqualsRollUpOfMerge()
    {
        List<ScaledRow> rows = RandomRows(1_000, 21);
        FactCube a = Aggregate(rows.Take(400), PeriodGrain.Month);
        FactCube b = Aggregate(rows.Skip(400), PeriodGrain.Month);

        FactCube.Merge(a.RollUp("store"), b.RollUp("store")).Should().Be(FactCube.Merge(a, b).RollUp("store"));
    }

    [Fact]
    public void GetCell_KnownAndUnknownKeys_ReturnsCellOrNull()
    {
        FactCube cube = FromRows(
            new FactSchema(["store"], [StandardMeasures.Revenue]),
            PeriodGrain.Month,
            [Row(new LocalDate(2024, 2, 10), ["S1"], 5m), Row(new LocalDate(2024, 3, 10), ["S2"], 7m)]);
        ReportingPeriod february = Gregorian.GetPeriod(new LocalDate(2024, 2, 1), PeriodGrain.Month);

        cube.GetCell(february, new Segment(["store"], ["S1"]))!.GetValue("revenue").Should().Be(5m);
        cube.GetCell(february, new Segment(["store"], ["S2"])).Should().BeNull();
        cube.GetCells(february).Should().ContainSingle();
        cube.GetCells(february.Previous()).Should().BeEmpty();
        cube.Periods.Select(p => p.Label).Should().Equal("2024-02", "2024-03");
    }

    [Fact]
    public void Equals_SameRowsInAnotherOrder_IsTrue()
    {
        List<ScaledRow> rows = RandomRows(2_000, 31);

        Aggregate(Enumerable.Reverse(rows), PeriodGrain.Week).Should().Be(Aggregate(rows, PeriodGrain.Week));
    }

    [Fact]
    public void Equals_OneValueDiffers_IsFalse()
    {
        List<ScaledRow> rows = RandomRows(200, 32);
        List<ScaledRow> changed = [.. rows];
        changed[^1] = changed[^1] with { Values = [.. changed[^1].Values.Select((v, i) => i == 1 ? v + 1 : v)] };

        Aggregate(changed, PeriodGrain.Month).Should().NotBe(Aggregate(rows, PeriodGrain.Month));
    }

    /// <summary>Every cell's period, segment and every measure by its own rule, for readable comparisons.</summary>
    private static List<string> AllValues(FactCube cube) =>
        [.. cube.Cells.SelectMany(c => cube.Measures.Select(m => $"{c.Period.Label} {c.Segment.Label} {m.Id}={c.GetValue(m.Id)}"))];
}
