using Microsoft.Extensions.DependencyInjection;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Tests.Metrics;

namespace SalesOps.Sdk.Tests;

/// <summary>A host service a custom metric takes through its constructor.</summary>
public sealed class RevenueTarget(decimal amount)
{
    public decimal Amount { get; } = amount;
}

/// <summary>revenue / target, with the target injected by the container.</summary>
public sealed class RevenueVsTargetMetric(RevenueTarget target) : IMetric
{
    public MetricDefinition Definition { get; } =
        new MetricDefinition("revenue_vs_target", "Revenue vs target", MeasureUnit.Ratio, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "revenue / target")
        {
            Dependencies = ["revenue"],
        };

    public MetricValue Evaluate(MetricContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        decimal revenue = context.Metric("revenue").Value ?? 0m;
        return MetricValue.Of(revenue / target.Amount, new MetricInput("revenue", revenue), new MetricInput("target", target.Amount));
    }
}

/// <summary>A host's own definition of revenue: always 42.</summary>
public sealed class FixedRevenueMetric : IMetric
{
    public MetricDefinition Definition { get; } =
        new("revenue", "Revenue (host)", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "42");

    public MetricValue Evaluate(MetricContext context) => MetricValue.Of(42m);
}

public class SalesOpsServiceCollectionExtensionsTests
{
    private static FactCube RevenueCube() =>
        MetricTestData.Cube(["revenue", "cogs"], new TestRow("2023-01-01", "a", 100m, 40m), new TestRow("2023-01-02", "b", 50m, 20m)).Total();

    private static int CountOf<T>(IServiceCollection services) => services.Count(d => d.ServiceType == typeof(T));

    [Fact]
    public void AddSalesOps_Default_RegistersCatalogAndEngine()
    {
        var services = new ServiceCollection();

        services.AddSalesOps();
        using ServiceProvider provider = services.BuildServiceProvider();

        MetricCatalog catalog = provider.GetRequiredService<MetricCatalog>();
        catalog.Definitions.Select(d => d.Id).Should().BeEquivalentTo(MetricCatalog.Standard.Definitions.Select(d => d.Id));
        MetricEngine engine = provider.GetRequiredService<MetricEngine>();
        engine.Catalog.Should().BeSameAs(catalog);
        provider.GetRequiredService<MetricEngine>().Should().BeSameAs(engine);
    }

    [Fact]
    public void AddSalesOps_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddSalesOps();
        int afterFirst = services.Count;
        services.AddSalesOps();

        CountOf<MetricCatalog>(services).Should().Be(1);
        CountOf<MetricEngine>(services).Should().Be(1);
        services.Count.Should().Be(afterFirst);
    }

    [Fact]
    public void AddMetric_SameTypeTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new RevenueTarget(200m));

        services.AddSalesOps(b => b.AddMetric<RevenueVsTargetMetric>().AddMetric<RevenueVsTargetMetric>());
        services.AddSalesOps(b => b.AddMetric<RevenueVsTargetMetric>());

        services.Count(d => d.ServiceType == typeof(IMetric) && d.ImplementationType == typeof(RevenueVsTargetMetric)).Should().Be(1);
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<MetricCatalog>().Count.Should().Be(MetricCatalog.Standard.Count + 1);
    }

    [Fact]
    public void AddMetric_WithInjectedService_AppearsInCatalogAndEvaluates()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new RevenueTarget(200m));
        services.AddSalesOps(b => b.AddMetric<RevenueVsTargetMetric>());
        using ServiceProvider provider = services.BuildServiceProvider();

        MetricCatalog catalog = provider.GetRequiredService<MetricCatalog>();
        MetricResultSet results = provider.GetRequiredService<MetricEngine>().Evaluate(RevenueCube(), ["revenue_vs_target"]);

        catalog["revenue_vs_target"].Should().BeOfType<RevenueVsTargetMetric>();
        results.Rows.Should().ContainSingle().Which["revenue_vs_target"].Value.Should().Be(0.75m);
    }

    [Fact]
    public void AddMetric_Instance_AppearsInCatalog()
    {
        IMetric doubled = Metric.Derived(
            new MetricDefinition("double_revenue", "Double revenue", MeasureUnit.Currency, MetricDirection.HigherIsBetter, BusinessFunction.Sales, "2 × revenue")
            {
                Dependencies = ["revenue"],
            },
            context => MetricValue.Of(2m * (context.Metric("revenue").Value ?? 0m)));
        var services = new ServiceCollection();
        services.AddSalesOps(b => b.AddMetric(doubled));
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<MetricCatalog>()["double_revenue"].Should().BeSameAs(doubled);
        provider.GetRequiredService<MetricEngine>().Evaluate(RevenueCube(), ["double_revenue"]).Rows[0]["double_revenue"].Value.Should().Be(300m);
    }

    [Fact]
    public void AddMetric_StandardId_CustomMetricWins()
    {
        var services = new ServiceCollection();
        services.AddSalesOps(b => b.AddMetric<FixedRevenueMetric>());
        using ServiceProvider provider = services.BuildServiceProvider();

        MetricCatalog catalog = provider.GetRequiredService<MetricCatalog>();
        MetricResultRow row = provider.GetRequiredService<MetricEngine>().Evaluate(RevenueCube(), ["revenue", "gross_margin"]).Rows[0];

        catalog["revenue"].Should().BeOfType<FixedRevenueMetric>();
        catalog.Count.Should().Be(MetricCatalog.Standard.Count);
        row["revenue"].Value.Should().Be(42m);
        row["gross_margin"].Value.Should().Be(42m - 60m);
    }

    [Fact]
    public void AddMetric_AfterCatalogResolved_ThrowsInvalidOperation()
    {
        var services = new ServiceCollection();
        SalesOpsBuilder builder = services.AddSalesOps();
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<MetricCatalog>();

        builder.Invoking(b => b.AddMetric<FixedRevenueMetric>()).Should().Throw<InvalidOperationException>();
        builder.Invoking(b => b.AddMetric(new FixedRevenueMetric())).Should().Throw<InvalidOperationException>();
        services.Invoking(s => s.AddSalesOps(b => b.AddMetric<FixedRevenueMetric>())).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void AddMetric_BeforeCatalogResolved_DoesNotThrow()
    {
        var services = new ServiceCollection();
        SalesOpsBuilder builder = services.AddSalesOps();
        using ServiceProvider provider = services.BuildServiceProvider();

        builder.Invoking(b => b.AddMetric<FixedRevenueMetric>()).Should().NotThrow();
    }

    [Fact]
    public void AddSalesOps_ReturnedBuilder_ExposesTheSameServices()
    {
        var services = new ServiceCollection();
        SalesOpsBuilder? configured = null;

        SalesOpsBuilder builder = services.AddSalesOps(b => configured = b);

        builder.Services.Should().BeSameAs(services);
        configured.Should().BeSameAs(builder);
    }

    [Fact]
    public void AddSalesOps_HostRegisteredCatalog_IsKept()
    {
        MetricCatalog own = MetricCatalog.Create([new FixedRevenueMetric()]);
        var services = new ServiceCollection();
        services.AddSingleton(own);

        services.AddSalesOps();
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<MetricCatalog>().Should().BeSameAs(own);
        provider.GetRequiredService<MetricEngine>().Catalog.Should().BeSameAs(own);
    }
}
