using NodaTime;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Sdk.Tests.ValueChain;

public class StageCostMappingTests
{
    private static readonly StageCostMapping Mapping = new(
    [
        StageCostRule.Range("6000", "6999", "firm_infrastructure"),
        StageCostRule.Range("6100", "6199", "outbound_logistics"),
        StageCostRule.Prefix("61", "operations"),
        StageCostRule.Prefix("612", "service"),
        StageCostRule.Exact("6125", "marketing_sales"),
        StageCostRule.Prefix("CC-WH", "inbound_logistics"),
    ]);

    [Theory]
    [InlineData("6125", "marketing_sales")] // exact beats everything
    [InlineData("6120", "service")] // longest prefix (612) beats 61 and the ranges
    [InlineData("6150", "operations")] // prefix beats range
    [InlineData("6550", "firm_infrastructure")] // first matching range
    [InlineData("CC-WH-01", "inbound_logistics")]
    public void StageOf_MostSpecificRuleWins(string account, string stage)
    {
        Mapping.StageOf(account).Should().Be(stage);
    }

    [Theory]
    [InlineData("7000")]
    [InlineData("5999")]
    [InlineData("CC-SHOP")]
    [InlineData("")]
    public void StageOf_NoRuleMatches_IsNull(string account)
    {
        Mapping.StageOf(account).Should().BeNull();
    }

    [Fact]
    public void Range_DigitAccounts_CompareAsNumbers()
    {
        var mapping = new StageCostMapping([StageCostRule.Range("900", "1100", "procurement")]);

        mapping.StageOf("999").Should().Be("procurement"); // ordinally "999" > "1100"
        mapping.StageOf("1000").Should().Be("procurement");
        mapping.StageOf("1101").Should().BeNull();
        mapping.StageOf("0950").Should().Be("procurement");
    }

    [Fact]
    public void Map_SumsPerPeriodAndStage_ReportsUnmappedAccounts()
    {
        CostLine[] lines =
        [
            new(new LocalDate(2024, 1, 5), "6150", 100.10m),
            new(new LocalDate(2024, 1, 20), "6151", 50.00m),
            new(new LocalDate(2024, 2, 3), "6150", 70.00m),
            new(new LocalDate(2024, 1, 9), "CC-WH-02", 30.00m),
            new(new LocalDate(2024, 1, 9), "7100", 12.50m),
            new(new LocalDate(2024, 2, 9), "7100", -2.50m),
            new(new LocalDate(2024, 2, 9), "4000", 1.00m),
        ];

        StageCostMappingResult result = Mapping.Map(lines, ReportingCalendars.Gregorian, PeriodGrain.Month);

        ReportingPeriod jan = ReportingCalendars.Gregorian.GetPeriod(new LocalDate(2024, 1, 1), PeriodGrain.Month);
        result.Costs.GetCost(jan, "operations").Should().Be(150.10m);
        result.Costs.GetCost(jan.Next(), "operations").Should().Be(70.00m);
        result.Costs.GetCost(jan, "inbound_logistics").Should().Be(30.00m);
        result.Costs.GetCost(jan.Next(), "inbound_logistics").Should().BeNull();
        result.Costs.Count.Should().Be(3);
        result.MappedTotal.Should().Be(250.10m);
        result.UnmappedTotal.Should().Be(11.00m);
        result.IsComplete.Should().BeFalse();
        result.Unmapped.Should().Equal(new UnmappedAccount("4000", 1, 1.00m), new UnmappedAccount("7100", 2, 10.00m));
    }

    [Fact]
    public void Map_EverythingMapped_IsComplete()
    {
        StageCostMappingResult result = Mapping.Map(
            [new(new LocalDate(2024, 3, 1), "6125", 5m)], ReportingCalendars.Gregorian, PeriodGrain.Quarter);

        result.IsComplete.Should().BeTrue();
        result.Unmapped.Should().BeEmpty();
        result.UnmappedTotal.Should().Be(0m);
    }

    [Fact]
    public void Map_LineWithoutAccount_Throws()
    {
        FluentActions.Invoking(() => Mapping.Map([new(new LocalDate(2024, 3, 1), null!, 5m)], ReportingCalendars.Gregorian, PeriodGrain.Month))
            .Should().Throw<ArgumentNullException>().WithMessage("*Cost line 0*no account*");
    }

    [Fact]
    public void Constructor_InvalidRules_ReportsEveryProblemWithItsPath()
    {
        Action act = () => _ = new StageCostMapping(
        [
            StageCostRule.Exact("6100", "shipping"),
            StageCostRule.Range("6999", "6000", "operations"),
            StageCostRule.Prefix(" ", "operations"),
            StageCostRule.Exact("6100", "operations"),
            StageCostRule.Prefix("61", "operations"),
            StageCostRule.Prefix("61", "service"),
            null!,
        ]);

        act.Should().Throw<ArgumentException>()
            .Which.Message.Should().ContainAll(
                "rules[0].stageId 'shipping' is not one of the stages",
                "rules[1] range 6999..6000 is empty",
                "rules[2] (Prefix) has a blank account",
                "rules[3]: exact '6100' is already mapped by rules[0]",
                "rules[5]: prefix '61' is already mapped by rules[4]",
                "rules[6] is null");
    }

    [Fact]
    public void Constructor_CustomStages_AcceptsTheirIds()
    {
        var care = new ValueChainStage("care_delivery", "Care delivery", ValueChainActivity.Primary);

        var mapping = new StageCostMapping([StageCostRule.Prefix("CARE", "care_delivery")], [care]);

        mapping.StageOf("CARE-01").Should().Be("care_delivery");
        FluentActions.Invoking(() => new StageCostMapping([StageCostRule.Prefix("OPS", "operations")], [care]))
            .Should().Throw<ArgumentException>().WithMessage("*'operations' is not one of the stages (care_delivery)*");
    }

    [Fact]
    public void Rule_ToString_DescribesTheMatch()
    {
        StageCostRule.Exact("6125", "service").ToString().Should().Be("6125 → service");
        StageCostRule.Prefix("61", "service").ToString().Should().Be("61* → service");
        StageCostRule.Range("6100", "6199", "service").ToString().Should().Be("6100..6199 → service");
    }

    [Fact]
    public void InMemoryStageCostSource_SamePeriodAndStage_Summed()
    {
        ReportingPeriod jan = ReportingCalendars.Gregorian.GetPeriod(new LocalDate(2024, 1, 1), PeriodGrain.Month);

        var source = new InMemoryStageCostSource([(jan, "service", 10m), (jan, "service", 2.5m), (jan.Next(), "service", 1m)]);

        source.GetCost(jan, "service").Should().Be(12.5m);
        source.GetCost(jan, "operations").Should().BeNull();
        source.Count.Should().Be(2);
    }
}
