using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using static SalesOps.Sdk.Tests.Metrics.TestMetrics;

namespace SalesOps.Sdk.Tests.Metrics;

public class MetricCatalogTests
{
    [Fact]
    public void Create_UnknownDependency_ThrowsNamingBothIds()
    {
        Action act = () => MetricCatalog.Create([Sum("a", "ghost")]);

        MetricCatalogException ex = act.Should().Throw<MetricCatalogException>().Which;
        ex.Problems.Should().ContainSingle().Which.Should().Contain("'a'").And.Contain("'ghost'");
        ex.Message.Should().Contain("ghost");
    }

    [Fact]
    public void Create_TwoCycle_ReportsPath()
    {
        Action act = () => MetricCatalog.Create([Sum("a", "b"), Sum("b", "a")]);

        act.Should().Throw<MetricCatalogException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("a -> b -> a");
    }

    [Fact]
    public void Create_ThreeCycle_ReportsPath()
    {
        Action act = () => MetricCatalog.Create([Sum("a", "b"), Sum("b", "c"), Sum("c", "a"), Sum("d")]);

        act.Should().Throw<MetricCatalogException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("a -> b -> c -> a");
    }

    [Fact]
    public void Create_SelfDependency_ReportsPath()
    {
        Action act = () => MetricCatalog.Create([Sum("a", "a")]);

        act.Should().Throw<MetricCatalogException>().Which.Message.Should().Contain("a -> a");
    }

    [Fact]
    public void Create_CycleBehindAnAcyclicPrefix_ReportsOnlyTheCycle()
    {
        Action act = () => MetricCatalog.Create([Sum("top", "a"), Sum("a", "b"), Sum("b", "a")]);

        string problem = act.Should().Throw<MetricCatalogException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().Contain("a -> b -> a");
        problem.Should().NotContain("top");
    }

    [Fact]
    public void Create_DuplicateIds_ThrowsListingEveryProblem()
    {
        Action act = () => MetricCatalog.Create([Sum("a"), Sum("a"), Sum("b", "nowhere")]);

        MetricCatalogException ex = act.Should().Throw<MetricCatalogException>().Which;
        ex.Problems.Should().HaveCount(2);
        ex.Problems.Should().Contain(p => p.Contains("'a'", StringComparison.Ordinal) && p.Contains("twice", StringComparison.Ordinal));
        ex.Problems.Should().Contain(p => p.Contains("'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_DependenciesGivenLater_OrdersEachMetricAfterItsDependencies()
    {
        MetricCatalog catalog = MetricCatalog.Create([Sum("c", "b", "a"), Sum("b", "a"), Sum("a")]);

        catalog.Ordered.Select(m => m.Definition.Id).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Standard_Ordered_PutsEveryDependencyFirst()
    {
        MetricCatalog catalog = MetricCatalog.Standard;

        foreach (IMetric metric in catalog.Ordered)
        {
            foreach (string dependency in metric.Definition.Dependencies)
            {
                catalog.IndexOf(dependency).Should().BeLessThan(catalog.IndexOf(metric.Definition.Id), $"{metric.Definition.Id} depends on {dependency}");
            }
        }
    }

    [Fact]
    public void With_StandardId_ReplacesItAndDependentsUseTheReplacement()
    {
        IMetric revenue = Constant("revenue", 1000m);

        MetricCatalog catalog = MetricCatalog.Standard.With([revenue]);

        catalog.Count.Should().Be(MetricCatalog.Standard.Count);
        catalog["revenue"].Should().BeSameAs(revenue);
        MetricCatalog.Standard["revenue"].Should().NotBeSameAs(revenue);
        FactCube cube = MetricTestData.Cube(["revenue", "cogs"], new TestRow("2023-01-01", "a", 100m, 60m));
        MetricTestData.EvaluateTotal(cube, "gross_margin", catalog)[0].Value.Should().Be(940m);
    }

    [Fact]
    public void With_NewMetric_AddsIt()
    {
        MetricCatalog catalog = MetricCatalog.Standard.With([Sum("double_revenue", "revenue", "revenue")]);

        catalog.Count.Should().Be(MetricCatalog.Standard.Count + 1);
        catalog.Contains("double_revenue").Should().BeTrue();
        MetricCatalog.Standard.Contains("double_revenue").Should().BeFalse();
    }

    [Fact]
    public void With_ReplacementCreatingACycle_Throws()
    {
        Action act = () => MetricCatalog.Standard.With([Sum("revenue", "gross_margin")]);

        act.Should().Throw<MetricCatalogException>().Which.Message.Should().Contain("cycle");
    }

    [Fact]
    public void Closure_Gmroi_IncludesTransitiveDependenciesInOrder()
    {
        MetricCatalog catalog = MetricCatalog.Standard;

        string[] closure = [.. catalog.Closure(["gmroi"]).Select(i => catalog.Ordered[i].Definition.Id)];

        closure.Should().BeEquivalentTo(["gmroi", "gross_margin", "revenue", "cogs", "average_inventory_value"]);
        closure[^1].Should().Be("gmroi");
        Array.IndexOf(closure, "revenue").Should().BeLessThan(Array.IndexOf(closure, "gross_margin"));
    }

    [Fact]
    public void Closure_ChainOfThree_IncludesTheDeepest()
    {
        MetricCatalog catalog = MetricCatalog.Create([Sum("a"), Sum("b", "a"), Sum("c", "b"), Sum("unrelated")]);

        catalog.Closure(["c"]).Select(i => catalog.Ordered[i].Definition.Id).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Closure_UnknownId_ThrowsKeyNotFound()
    {
        Action act = () => MetricCatalog.Standard.Closure(["nope"]);

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("nope");
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsListingKnownIds()
    {
        Func<IMetric> act = () => MetricCatalog.Standard["nope"];

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'nope'").And.Contain("gross_margin_rate");
    }

    [Fact]
    public void Builder_AddAfterBuild_ThrowsInvalidOperation()
    {
        var builder = new MetricCatalogBuilder();
        builder.Build();

        Action act = () => builder.Add(Sum("late"));

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("late");
    }

    [Fact]
    public void Builder_BuildTwice_ReturnsTheSameCatalog()
    {
        var builder = new MetricCatalogBuilder(includeStandard: false).Add(Sum("a"));

        builder.Build().Should().BeSameAs(builder.Build());
    }

    [Fact]
    public void Builder_AddSameIdTwice_LaterReplacesEarlier()
    {
        IMetric second = Constant("a", 2m);

        MetricCatalog catalog = new MetricCatalogBuilder(includeStandard: false).Add(Constant("a", 1m)).Add(second).Build();

        catalog.Count.Should().Be(1);
        catalog["a"].Should().BeSameAs(second);
    }

    [Fact]
    public void Builder_Default_IncludesStandardMetrics()
    {
        MetricCatalog catalog = new MetricCatalogBuilder().Add(Sum("extra", "revenue")).Build();

        catalog.Count.Should().Be(StandardMetrics.All.Length + 1);
        catalog.Contains("revenue").Should().BeTrue();
    }

    [Fact]
    public void Evaluate_UnknownId_ThrowsKeyNotFoundListingKnownIds()
    {
        FactCube cube = MetricTestData.Cube(["revenue"], new TestRow("2023-01-01", "a", 1m)).Total();
        var engine = new MetricEngine(MetricCatalog.Standard);

        Action act = () => engine.Evaluate(cube, ["nope"]);

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("nope").And.Contain("revenue").And.Contain("wape");
    }
}
