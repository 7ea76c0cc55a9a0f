using Orleans.Runtime;
using Orleans.TestingHost;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Orleans.Tests.TestData;

namespace SalesOps.Sdk.Orleans.Tests;

/// <summary>A silo stopped in the middle of ingestion: the partitions it held are re-sent and the cube stays exact.</summary>
public sealed class SiloFailureTests : IAsyncLifetime
{
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = new InProcessTestClusterBuilder(3).Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task AggregateAsync_SiloStoppedMidIngestion_StillGivesTheExactCube()
    {
        var source = new InMemoryFactRowSource(GeneratedSchema, GeneratedRows(12_000, seed: 42));
        FactCube expected = FactAggregation.FromRows(source, Gregorian, PeriodGrain.Month);
        string[] stores = [.. Enumerable.Range(0, 6).Select(i => $"S{i}")];
        string? stoppedSilo = null;

        // Partition S2 stops the silo that hosts its own grain once it has read 1,000 of its ~2,000 rows,
        // so that partition loses acknowledged batches for certain; others on the same silo lose theirs too.
        List<FactPartition> partitions = [.. stores.Select(store => new FactPartition(
            store,
            new FilteredSource(
                source,
                v => v[1] == store,
                callbackAfterRows: store == "S2" ? 1_000 : -1,
                callback: () => stoppedSilo = StopSiloHosting("/S2").GetAwaiter().GetResult())))];
        var aggregator = new ClusterFactAggregator(
            _cluster.Client, new ClusterFactAggregatorOptions { BatchSize = 100, RetryDelay = TimeSpan.FromMilliseconds(50) });

        ClusterAggregationResult result = await aggregator.AggregateAsync(partitions, Gregorian, PeriodGrain.Month);

        stoppedSilo.Should().NotBeNull();
        _cluster.Silos.Should().HaveCount(2);
        result.Cube.Should().Be(expected);
        result.Cube.Total().Cells.Select(c => (c.RowCount, c.GetValue("revenue"), c.GetValue("on_hand_value")))
            .Should().Equal(expected.Total().Cells.Select(c => (c.RowCount, c.GetValue("revenue"), c.GetValue("on_hand_value"))));
        result.Partitions.Sum(p => p.RowCount).Should().Be(12_000);
        FactPartitionReport s2 = result.Partitions.Single(p => p.Key == "S2");
        s2.Attempts.Should().BeGreaterThan(1);
        s2.ResentBatches.Should().BeGreaterThan(0);
    }

    /// <summary>Stops the silo that hosts the partition grain whose key ends with <paramref name="keySuffix"/>.</summary>
    private async Task<string> StopSiloHosting(string keySuffix)
    {
        IManagementGrain management = _cluster.Client.GetGrain<IManagementGrain>(0);
        DetailedGrainStatistic[] grains = await management.GetDetailedGrainStatistics();
        SiloAddress host = grains.Single(g => g.GrainId.Key.ToString()!.EndsWith(keySuffix, StringComparison.Ordinal)).SiloAddress;
        InProcessSiloHandle silo = _cluster.Silos.Single(s => s.SiloAddress.Equals(host));
        await _cluster.StopSiloAsync(silo);
        return host.ToString();
    }
}
