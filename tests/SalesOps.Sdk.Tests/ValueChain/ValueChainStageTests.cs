using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

public class ValueChainStageTests
{
    [Fact]
    public void Porter_NineStages_FivePrimaryThenFourSupport()
    {
        ValueChainStage.Porter.Select(s => s.Id).Should().Equal(
            "inbound_logistics", "operations", "outbound_logistics", "marketing_sales", "service",
            "procurement", "technology_development", "human_resources", "firm_infrastructure");
        ValueChainStage.Porter.Take(5).Should().OnlyContain(s => s.Activity == ValueChainActivity.Primary);
        ValueChainStage.Porter.Skip(5).Should().OnlyContain(s => s.Activity == ValueChainActivity.Support);
    }

    [Fact]
    public void CostMeasureId_EveryPorterStage_IsAStandardCurrencyFlow()
    {
        foreach (ValueChainStage stage in ValueChainStage.Porter)
        {
            stage.CostMeasureId.Should().Be("cost_" + stage.Id);
            MeasureCatalog.Standard.Contains(stage.CostMeasureId).Should().BeTrue(stage.Id);
            MeasureDefinition measure = MeasureCatalog.Standard[stage.CostMeasureId];
            measure.Unit.Should().Be(MeasureUnit.Currency);
            measure.IsAdditive.Should().BeTrue();
        }

        StandardMeasures.CostOutboundLogistics.Id.Should().Be("cost_outbound_logistics");
    }

    [Theory]
    [InlineData("stockout_rate", "operations")]
    [InlineData("fill_rate", "outbound_logistics")]
    [InlineData("promo_intensity", "marketing_sales")]
    [InlineData("customer_satisfaction", "service")]
    [InlineData("training_hours_per_employee", "human_resources")]
    [InlineData("days_of_supply", "inbound_logistics")]
    public void StandardMetrics_IssueExamples_CarryTheirStage(string metricId, string stage)
    {
        MetricCatalog.Standard[metricId].Definition.Stage.Should().Be(stage);
    }

    [Fact]
    public void StandardMetrics_EveryMetric_HasAPorterStage()
    {
        var porter = ValueChainStage.Porter.Select(s => s.Id).ToHashSet();
        StandardMetrics.All.Should().OnlyContain(m => m.Definition.Stage != null && porter.Contains(m.Definition.Stage));
    }

    [Theory]
    [InlineData("Care-Delivery")]
    [InlineData("1stage")]
    [InlineData("")]
    public void Constructor_IdNotSnakeCase_Throws(string id)
    {
        Action act = () => _ = new ValueChainStage(id, "Name", ValueChainActivity.Primary);
        act.Should().Throw<ArgumentException>().WithMessage($"*snake_case*'{id}'*");
    }

    [Fact]
    public void Constructor_BlankNameOrUndefinedActivity_Throws()
    {
        FluentActions.Invoking(() => new ValueChainStage("care", " ", ValueChainActivity.Primary))
            .Should().Throw<ArgumentException>().WithMessage("*display name*");
        FluentActions.Invoking(() => new ValueChainStage("care", "Care", (ValueChainActivity)7))
            .Should().Throw<ArgumentException>().WithMessage("*primary or support*");
        FluentActions.Invoking(() => new ValueChainStage(null!, "Care", ValueChainActivity.Primary))
            .Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_SameIdNameActivity_AreEqual()
    {
        new ValueChainStage("operations", "Operations", ValueChainActivity.Primary).Should().Be(ValueChainStage.Operations);
        new ValueChainStage("operations", "Care delivery", ValueChainActivity.Primary).Should().NotBe(ValueChainStage.Operations);
    }
}
