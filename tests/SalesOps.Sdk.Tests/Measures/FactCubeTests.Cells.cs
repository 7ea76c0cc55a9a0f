using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>
/// A cube keeps its cells as states and makes the <see cref="FactCell"/> objects on the first read of
/// <see cref="FactCube.Cells"/>: building, merging, rolling up and evaluating need none, and every reader sees the same
/// objects.
/// </summary>
public partial class FactCubeTests
{
    [Fact]
    public void Cells_FromPartitionsMergedRolledUpAndEvaluated_MadeOnlyWhenRead()
    {
        List<FactRow> rows = [.. RandomRows(6_000, 21).Select(ToFactRow)];
        InMemoryFactRowSource[] partitions = [.. rows.Chunk(2_000).Select(chunk => new InMemoryFactRowSource(LawSchema, chunk))];
        FactCube cube = FactAggregation.FromPartitions(partitions, Gregorian, PeriodGrain.Month);
        FactCube bySku = cube.RollUp("sku");
        FactCube total = cube.Total();

        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(bySku, StandardMetrics.KpiPack);
        _ = results.Column("gross_margin_rate").Values.Length;

        cube.HasCellObjects.Should().BeFalse();
        bySku.HasCellObjects.Should().BeFalse();
        total.HasCellObjects.Should().BeFalse();

        // Read, they are the cells of one pass over all rows.
        FactCube onePass = FactAggregation.FromRows(new InMemoryFactRowSource(LawSchema, rows), Gregorian, PeriodGrain.Month);
        cube.Cells.Should().Equal(onePass.Cells);
        bySku.Cells.Should().Equal(onePass.RollUp("sku").Cells);
        cube.HasCellObjects.Should().BeTrue();
    }

    [Fact]
    public void Cells_ReadFromManyThreadsAtOnce_TheSameObjectsForAll()
    {
        FactCube cube = FactAggregation.FromRows(new InMemoryFactRowSource(LawSchema, [.. RandomRows(3_000, 22).Select(ToFactRow)]), Gregorian, PeriodGrain.Week);

        FactCell[][] seen = new FactCell[8][];
        Parallel.For(0, seen.Length, i => seen[i] = [.. cube.Cells]);

        foreach (FactCell[] cells in seen)
        {
            cells.Should().HaveCount(cube.Cells.Length);
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c].Should().BeSameAs(cube.Cells[c]);
            }
        }
    }

    [Fact]
    public void RollUpAndMerge_MoreCellsThanOneThreadJoins_EqualAggregatingTheRowsDirectly()
    {
        // 1,200 SKUs × 2 stores × 20 days at day grain: 48,000 cells, so the groups are merged in parallel ranges.
        List<ScaledRow> rows = [];
        var random = new Random(5);
        for (int day = 0; day < 20; day++)
        {
            for (int sku = 0; sku < 1_200; sku++)
            {
                foreach (string store in new[] { "s1", "s2" })
                {
                    ScaledRow row = RandomRows(1, random.Next())[0];
                    rows.Add(row with { Date = WindowStart.PlusDays(day), Sku = $"k{sku:D4}", Store = store });
                }
            }
        }

        FactCube full = Aggregate(rows, PeriodGrain.Day);
        FactCube bySku = FromRows(SkuOnlySchema, PeriodGrain.Day, rows.Select(r => new FactRow(r.Date, [r.Sku], [.. r.Values.Select(FactValue.FromScaled)])));
        FactCube total = FromRows(NoDimensionSchema, PeriodGrain.Day, rows.Select(r => new FactRow(r.Date, [], [.. r.Values.Select(FactValue.FromScaled)])));

        full.Cells.Length.Should().Be(48_000);
        full.RollUp("sku").Cells.Should().Equal(bySku.Cells);
        full.Total().Cells.Should().Equal(total.Cells);

        // Two halves that share day 10 (one store each side): the merge joins more cells than one thread does.
        FactCube early = Aggregate(rows.Where(r => r.Date < WindowStart.PlusDays(10) || (r.Date == WindowStart.PlusDays(10) && r.Store == "s1")), PeriodGrain.Day);
        FactCube late = Aggregate(rows.Where(r => r.Date > WindowStart.PlusDays(10) || (r.Date == WindowStart.PlusDays(10) && r.Store == "s2")), PeriodGrain.Day);
        FactCube.Merge(early, late).Should().Be(full);
        FactCube.Merge(late, early).Should().Be(full);
    }

    [Fact]
    public void RollUpAndMerge_MoreCellsThanOneThreadJoinsAndATotalOverflows_ThrowOverflowExceptionItself()
    {
        // 40,000 cells; one SKU-day holds more than half the exact range in each store: rolling the stores up, or
        // merging the cube with itself, leaves it. The error must be the one a sequential run gives (the file readers catch it).
        long half = (long.MaxValue / 2) + 1;
        List<ScaledRow> rows = [];
        for (int day = 0; day < 20; day++)
        {
            for (int sku = 0; sku < 1_000; sku++)
            {
                foreach (string store in new[] { "s1", "s2" })
                {
                    ScaledRow row = RandomRows(1, (day * 10_000) + sku)[0];
                    long[] values = [.. row.Values];
                    if (day == 7 && sku == 500)
                    {
                        values[1] = half;
                    }

                    rows.Add(row with { Date = WindowStart.PlusDays(day), Sku = $"k{sku:D4}", Store = store, Values = values });
                }
            }
        }

        FactCube cube = Aggregate(rows, PeriodGrain.Day);

        Func<FactCube> rollUp = () => cube.RollUp("sku");
        Func<FactCube> merge = () => FactCube.Merge(cube, cube); // every cell on both sides

        cube.Cells.Length.Should().Be(40_000);
        rollUp.Should().ThrowExactly<OverflowException>();
        merge.Should().ThrowExactly<OverflowException>();
    }
}

