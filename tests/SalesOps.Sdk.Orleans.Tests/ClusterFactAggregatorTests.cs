using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Orleans.Tests.TestData;

namespace SalesOps.Sdk.Orleans.Tests;

[Collection(ClusterGroup.Name)]
public class ClusterFactAggregatorTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(PeriodGrain.Month)]
    [InlineData(PeriodGrain.Week)]
    public async Task AggregateAsync_RetailSmallByStore_EqualsTheSingleProcessCube(PeriodGrain grain)
    {
        var csv = Csv("retail_small.csv");
        FactCube expected = FactAggregation.FromRows(csv, Gregorian, grain);
        string[] stores = [.. expected.Segments.Select(s => s["store"]).Distinct()];
        var aggregator = new ClusterFactAggregator(fixture.Client, new ClusterFactAggregatorOptions { BatchSize = 256 });

        ClusterAggregationResult result = await aggregator.AggregateAsync(PartitionBy(csv, v => v[1], stores), Gregorian, grain);

        result.Cube.Should().Be(expected);
        result.Partitions.Sum(p => p.RowCount).Should().Be(3600);
        result.Partitions.Should().OnlyContain(p => p.Attempts == 1 && p.ResentBatches == 0);
        stores.Should().Equal("S00", "S01");
    }

    [Fact]
    public async Task AggregateAsync_RetailSmall_GivesTheSameKpisAsOneProcess()
    {
        var csv = Csv("retail_small.csv");
        FactCube expected = FactAggregation.FromRows(csv, Gregorian, PeriodGrain.Month);
        var aggregator = new ClusterFactAggregator(fixture.Client);

        FactCube cube = (await aggregator.AggregateAsync(
            PartitionBy(csv, v => $"h{StableHash(v[0]) % 4}", ["h0", "h1", "h2", "h3"]), Gregorian, PeriodGrain.Month)).Cube;

        var engine = new MetricEngine(MetricCatalog.Standard);
        MetricResultSet actual = engine.Evaluate(cube.Total(), StandardMetrics.KpiPack);
        MetricResultSet single = engine.Evaluate(expected.Total(), StandardMetrics.KpiPack);
        actual.Rows.SelectMany(r => r.Results).Select(r => (r.Period.Label, r.MetricId, r.Value))
            .Should().Equal(single.Rows.SelectMany(r => r.Results).Select(r => (r.Period.Label, r.MetricId, r.Value)));
        actual.Get(cube.Periods[0], Segment.Total, "revenue")!.Value.Should().NotBeNull();
    }

    [Fact]
    public async Task AggregateAsync_GeneratedRowsByHash_EqualsTheSingleProcessCube()
    {
        var source = new InMemoryFactRowSource(GeneratedSchema, GeneratedRows(20_000, seed: 11));
        FactCube expected = FactAggregation.FromRows(source, Gregorian, PeriodGrain.Month);
        string[] keys = [.. Enumerable.Range(0, 6).Select(i => $"hash-{i}")];
        var aggregator = new ClusterFactAggregator(fixture.Client, new ClusterFactAggregatorOptions { BatchSize = 500 });

        ClusterAggregationResult result = await aggregator.AggregateAsync(
            PartitionBy(source, v => $"hash-{StableHash(v[0] + "|" + v[1]) % 6}", keys), Gregorian, PeriodGrain.Month);

        result.Cube.Should().Be(expected);
        result.Cube.Total().Cells.Select(c => c.GetValue("revenue"))
            .Should().Equal(expected.Total().Cells.Select(c => c.GetValue("revenue")));
        result.Partitions.Sum(p => p.RowCount).Should().Be(20_000);
        result.Partitions.Sum(p => p.BatchCount).Should().BeGreaterThan(keys.Length);
    }

    [Fact]
    public async Task AggregateAsync_OrderAndGroupingOfPartitions_DoNotChangeTheCube()
    {
        var source = new InMemoryFactRowSource(GeneratedSchema, GeneratedRows(6_000, seed: 5));
        FactCube expected = FactAggregation.FromRows(source, Gregorian, PeriodGrain.Week);
        var aggregator = new ClusterFactAggregator(fixture.Client, new ClusterFactAggregatorOptions { BatchSize = 333 });
        string[] stores = [.. Enumerable.Range(0, 6).Select(i => $"S{i}")];
        string[] hashes = [.. Enumerable.Range(0, 7).Select(i => $"h{i}")];

        List<FactPartition>[] groupings =
        [
            [new FactPartition("all", source)],
            PartitionBy(source, v => v[1], stores),
            PartitionBy(source, v => v[1], stores.Reverse()),
            PartitionBy(source, v => $"h{StableHash(v[0]) % 7}", hashes),
            PartitionBy(source, v => $"h{StableHash(v[0]) % 7}", hashes.Reverse()),
        ];

        foreach (List<FactPartition> partitions in groupings)
        {
            ClusterAggregationResult result = await aggregator.AggregateAsync(partitions, Gregorian, PeriodGrain.Week);
            result.Cube.Should().Be(expected, "partitions {0} give the same cube", string.Join(",", partitions.Select(p => p.Key)));
            result.Partitions.Select(p => p.Key).Should().Equal(partitions.Select(p => p.Key));
        }
    }

    [Fact]
    public async Task AggregateAsync_EmptyPartition_ContributesNothing()
    {
        var source = new InMemoryFactRowSource(GeneratedSchema, GeneratedRows(1_000, seed: 3));
        var empty = new InMemoryFactRowSource(GeneratedSchema, []);
        var aggregator = new ClusterFactAggregator(fixture.Client);

        ClusterAggregationResult result = await aggregator.AggregateAsync(
            [new FactPartition("rows", source), new FactPartition("none", empty)], Gregorian, PeriodGrain.Month);

        result.Cube.Should().Be(FactAggregation.FromRows(source, Gregorian, PeriodGrain.Month));
        result.Partitions[1].Should().Be(new FactPartitionReport("none", 0, 0, 1, 0));
    }

    [Fact]
    public async Task AggregateAsync_RetailCalendar_TravelsToTheSilos()
    {
        var csv = Csv("retail_small.csv");
        FactCube expected = FactAggregation.FromRows(csv, ReportingCalendars.Nrf454, PeriodGrain.Month);
        var aggregator = new ClusterFactAggregator(fixture.Client);

        ClusterAggregationResult result = await aggregator.AggregateAsync(
            PartitionBy(csv, v => $"h{StableHash(v[0]) % 2}", ["h0", "h1"]), ReportingCalendars.Nrf454, PeriodGrain.Month);

        result.Cube.Should().Be(expected);
        result.Cube.Calendar.Name.Should().Be("nrf-454");
    }

    [Fact]
    public async Task AggregateAsync_InvalidRow_ThrowsFactDataExceptionWithoutRetrying()
    {
        FactRow bad = new(new LocalDate(2024, 2, 1), ["SKU-1", "S1"], [-1m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]);
        var source = new InMemoryFactRowSource(GeneratedSchema, [.. GeneratedRows(10, seed: 1), bad]);
        var aggregator = new ClusterFactAggregator(fixture.Client);

        Func<Task> act = () => aggregator.AggregateAsync([new FactPartition("p", source)], Gregorian, PeriodGrain.Month);

        (await act.Should().ThrowAsync<FactDataException>())
            .WithMessage("rows[10] (2024-02-01): column units_sold: '-1' must not be negative");
    }

    [Fact]
    public async Task AggregateAsync_RepeatedKey_Throws()
    {
        var source = new InMemoryFactRowSource(GeneratedSchema, []);
        var aggregator = new ClusterFactAggregator(fixture.Client);

        Func<Task> act = () => aggregator.AggregateAsync(
            [new FactPartition("p", source), new FactPartition("p", source)], Gregorian, PeriodGrain.Month);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("Partition key 'p' appears more than once.*");
    }

    [Fact]
    public async Task AggregateAsync_DifferentSchemas_Throws()
    {
        var aggregator = new ClusterFactAggregator(fixture.Client);
        var other = new InMemoryFactRowSource(new FactSchema(["sku"], [StandardMeasures.Revenue]), []);

        Func<Task> act = () => aggregator.AggregateAsync(
            [new FactPartition("a", new InMemoryFactRowSource(GeneratedSchema, [])), new FactPartition("b", other)], Gregorian, PeriodGrain.Month);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("Partition 'b' has schema [sku] revenue, partition 'a' has *");
    }

    [Fact]
    public void Constructor_BatchSizeBelowOne_Throws()
    {
        Action act = () => _ = new ClusterFactAggregator(fixture.Client, new ClusterFactAggregatorOptions { BatchSize = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
