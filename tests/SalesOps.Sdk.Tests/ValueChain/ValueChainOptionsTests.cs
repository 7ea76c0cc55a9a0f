using System.Collections.Immutable;
using FluentValidation.Results;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

public class ValueChainOptionsTests
{
    private static readonly ValueChainOptionsValidator Validator = new();

    [Fact]
    public void Default_IsValidWithPorterStagesAndDefaultRules()
    {
        Validator.Validate(ValueChainOptions.Default).IsValid.Should().BeTrue();
        ValueChainOptions.Default.Stages.Should().Equal(ValueChainStage.Porter);
        ValueChainOptions.Default.Linkages.Should().Equal(LinkageRule.Defaults);
        ValueChainOptions.Default.EarlierWindow.Should().BeNull();
        ValueChainOptions.Default.LaterWindow.Should().BeNull();
    }

    [Fact]
    public void StageOf_NoOverride_IsTheDefinitionsStage()
    {
        ValueChainOptions.Default.StageOf(MetricCatalog.Standard["fill_rate"].Definition).Should().Be("outbound_logistics");
    }

    [Fact]
    public void StageOf_Override_WinsWithoutChangingTheMetric()
    {
        ValueChainOptions options = ValueChainOptions.Default.WithMetricStage("stockout_rate", "inbound_logistics");

        options.StageOf(MetricCatalog.Standard["stockout_rate"].Definition).Should().Be("inbound_logistics");
        MetricCatalog.Standard["stockout_rate"].Definition.Stage.Should().Be("operations");
    }

    [Fact]
    public void StageOf_StageNotInTheModel_IsNull()
    {
        ValueChainOptions options = ValueChainOptions.Default with { Stages = [ValueChainStage.MarketingSales] };

        options.StageOf(MetricCatalog.Standard["fill_rate"].Definition).Should().BeNull();
        options.StageOf(MetricCatalog.Standard["revenue"].Definition).Should().Be("marketing_sales");
    }

    [Fact]
    public void WithStage_ExistingId_RenamesInPlace_NewId_Appends()
    {
        var care = new ValueChainStage("operations", "Care delivery", ValueChainActivity.Primary);
        var intake = new ValueChainStage("client_intake", "Client intake", ValueChainActivity.Primary);

        ValueChainOptions options = ValueChainOptions.Default.WithStage(care).WithStage(intake);

        options.Stages.Should().HaveCount(10);
        options.Stages[1].Should().Be(care);
        options.Stages[^1].Should().Be(intake);
        ValueChainOptions.Default.Stages[1].DisplayName.Should().Be("Operations");
    }

    [Fact]
    public void Validator_EveryProblem_ReportedWithItsPath()
    {
        var options = new ValueChainOptions
        {
            Stages = [ValueChainStage.Operations, ValueChainStage.Operations, null!],
            MetricStages = ImmutableDictionary<string, string>.Empty.Add("fill_rate", "shipping"),
            Linkages =
            [
                new LinkageRule("Bad Id", LinkageRule.PromotionPush, LinkageRule.FillRateDrop, "x"),
                new LinkageRule("ok", LinkageRule.PromotionPush with { Threshold = 0m }, new LinkageSignal(" ", (SignalDirection)9, -1m, (ChangeBasis)9), "x"),
                new LinkageRule("ok", null!, LinkageRule.FillRateDrop, "x"),
            ],
            EarlierWindow = 0,
            LaterWindow = -2,
        };

        ValidationResult result = Validator.Validate(options);

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            "stages[1].id", "stages[2]", "metricStages[fill_rate]", "linkages[0].id", "linkages[1].sales.threshold",
            "linkages[1].operations.metricId", "linkages[1].operations.direction", "linkages[1].operations.basis",
            "linkages[1].operations.threshold", "linkages[2].id", "linkages[2].sales", "earlierWindow", "laterWindow");
        result.Errors.Single(e => e.PropertyName == "metricStages[fill_rate]").ErrorMessage.Should().Contain("'shipping'").And.Contain("operations");
    }

    [Fact]
    public void Validator_NoStages_ReportsStages()
    {
        Validator.Validate(new ValueChainOptions { Stages = [] }).Errors.Select(e => e.PropertyName).Should().Equal("stages");
    }

    [Fact]
    public void LinkageSignal_ToString_SaysTheRule()
    {
        LinkageRule.FillRateDrop.ToString().Should().Be("fill_rate falls by ≥ 0.02");
        LinkageRule.RevenuePush.ToString().Should().Be("revenue rises by ≥ 5%");
    }
}
