using Orleans.TestingHost;

namespace SalesOps.Sdk.Orleans.Tests;

/// <summary>An in-process Orleans cluster of three silos (in-memory transport and membership: no sockets).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        Cluster = new InProcessTestClusterBuilder(3).Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
