using SalesOps.Sdk.Planning;

namespace SalesOps.Sdk.Tests.Planning;

public class ConsensusDemandTests
{
    private static readonly DemandInput[] Inputs =
    [
        new(DemandSources.Sales, "X", 1, 100m),
        new(DemandSources.Sales, "X", 2, 120m),
        new(DemandSources.Statistical, "X", 1, 90m),
        new(DemandSources.Statistical, "X", 2, 108m),
        new(DemandSources.Marketing, "X", 1, 110m),
    ];

    private static readonly Dictionary<string, decimal> Weights = new()
    {
        [DemandSources.Sales] = 2m,
        [DemandSources.Statistical] = 1m,
        [DemandSources.Marketing] = 1m,
    };

    private static readonly PlanLine[] Actuals = [new("X", 1, 95m), new("X", 2, 110m)];

    [Fact]
    public void Build_WeightedMeanOverTheSourcesPresent()
    {
        ConsensusPlan plan = ConsensusDemand.Build(Inputs, Weights);

        plan.Weights.Should().BeEquivalentTo(new Dictionary<string, decimal> { ["sales"] = 0.5m, ["statistical"] = 0.25m, ["marketing"] = 0.25m });
        // p1: 0.5·100 + 0.25·90 + 0.25·110 = 100; p2 (no marketing): (0.5·120 + 0.25·108) / 0.75 = 116.
        plan.Lines.Should().Equal(new PlanLine("X", 1, 100m), new PlanLine("X", 2, 116m));
        plan.Accuracy.Should().BeEmpty();
    }

    [Fact]
    public void Build_DefaultWeights_AreEqual()
    {
        ConsensusPlan plan = ConsensusDemand.Build(Inputs);

        plan.Weights.Values.Should().AllBeEquivalentTo(1m / 3m);
        plan.Lines[0].Units.Should().Be(100m);
        plan.Lines[1].Units.Should().Be(114m);
    }

    [Fact]
    public void Build_WithActuals_EachInputsAccuracyAndValueAdded()
    {
        ConsensusPlan plan = ConsensusDemand.Build(Inputs, Weights, Actuals);

        plan.Accuracy.Select(a => a.Source).Should().Equal("marketing", "sales", "statistical", "consensus");
        SourceAccuracy sales = plan.Accuracy[1], statistical = plan.Accuracy[2], consensus = plan.Accuracy[3], marketing = plan.Accuracy[0];
        // Naive for p2 = actual of p1 = 95 → baseline WAPE on p2 = |95 − 110| / 110 = 15/110.
        sales.Weight.Should().Be(0.5m);
        sales.Accuracy.Wape.Value.Should().Be(15m / 205m);
        sales.Accuracy.ForecastValueAdded.Value.Should().Be((15m / 110m) - (10m / 110m));
        statistical.Accuracy.Wape.Value.Should().Be(7m / 205m);
        statistical.Accuracy.ForecastValueAdded.Value.Should().Be((15m / 110m) - (2m / 110m));
        consensus.Weight.Should().BeNull();
        consensus.Accuracy.Wape.Value.Should().Be(11m / 205m);
        consensus.Accuracy.ForecastValueAdded.Value.Should().Be((15m / 110m) - (6m / 110m));
        // Marketing only forecast p1, which has no previous actual: no value added to show.
        marketing.Accuracy.Wape.Value.Should().Be(15m / 95m);
        marketing.Accuracy.ForecastValueAdded.IsAvailable.Should().BeFalse();
    }

    [Fact]
    public void Build_BadInput_Throws()
    {
        ((Action)(() => ConsensusDemand.Build(Inputs, new Dictionary<string, decimal> { ["sales"] = 1m }))).Should().Throw<ArgumentException>().WithMessage("*no weight for source 'marketing'*");
        ((Action)(() => ConsensusDemand.Build(Inputs, new Dictionary<string, decimal>(Weights) { ["sales"] = -1m }))).Should().Throw<ArgumentException>().WithMessage("*weights['sales'] is -1*");
        ((Action)(() => ConsensusDemand.Build(Inputs, new Dictionary<string, decimal> { ["sales"] = 0m, ["statistical"] = 0m, ["marketing"] = 0m }))).Should().Throw<ArgumentException>().WithMessage("*sum to 0*");
        ((Action)(() => ConsensusDemand.Build([new("sales", "X", 1, 1m), new("marketing", "Y", 1, 1m)], new Dictionary<string, decimal> { ["sales"] = 1m, ["marketing"] = 0m })))
            .Should().Throw<ArgumentException>().WithMessage("*item Y period 1*weight 0*");
        ((Action)(() => ConsensusDemand.Build([new("consensus", "X", 1, 1m)]))).Should().Throw<ArgumentException>().WithMessage("*reserved*");
        ((Action)(() => ConsensusDemand.Build([new("sales", "X", 1, -1m)]))).Should().Throw<ArgumentException>().WithMessage("*cannot be negative*");
        ((Action)(() => ConsensusDemand.Build([new("sales", "X", 1, 1m), new("sales", "X", 1, 2m)]))).Should().Throw<ArgumentException>().WithMessage("*appears more than once*");
        ((Action)(() => ConsensusDemand.Build(Inputs, null, [new("X", 1, 1m), new("X", 1, 1m)]))).Should().Throw<ArgumentException>().WithMessage("*actuals[1]*");
        ((Action)(() => ConsensusDemand.Build(Inputs, null, [new("X", 1, -1m)]))).Should().Throw<ArgumentException>().WithMessage("*actuals[0]*negative*");
    }
}
