using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class MeasureDefinitionTests
{
    [Fact]
    public void Flow_IsAdditiveSummedOverTime()
    {
        MeasureDefinition flow = MeasureDefinition.Flow("visits", "Visits", MeasureUnit.Count);

        flow.IsAdditive.Should().BeTrue();
        flow.TimeAggregation.Should().Be(TimeAggregation.Sum);
        flow.AllowsNegative.Should().BeTrue();
    }

    [Theory]
    [InlineData(TimeAggregation.Average)]
    [InlineData(TimeAggregation.Last)]
    [InlineData(TimeAggregation.First)]
    [InlineData(TimeAggregation.Min)]
    [InlineData(TimeAggregation.Max)]
    public void Stock_AnyNonSumRule_IsSemiAdditive(TimeAggregation rule)
    {
        MeasureDefinition stock = MeasureDefinition.Stock("pallets", "Pallets", MeasureUnit.Count, rule);

        stock.IsAdditive.Should().BeFalse();
        stock.TimeAggregation.Should().Be(rule);
        stock.AllowsNegative.Should().BeFalse();
    }

    [Fact]
    public void Stock_SumRule_Throws()
    {
        Action act = () => MeasureDefinition.Stock("pallets", "Pallets", MeasureUnit.Count, TimeAggregation.Sum);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("Revenue")]
    [InlineData("on-hand")]
    [InlineData("9lives")]
    [InlineData("")]
    public void Constructor_IdNotSnakeCase_ThrowsNamingIt(string id)
    {
        Action act = () => _ = new MeasureDefinition(id, "Name", MeasureUnit.Count, TimeAggregation.Sum);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{id}'");
    }

    [Fact]
    public void Constructor_BlankDisplayName_Throws()
    {
        Action act = () => _ = new MeasureDefinition("visits", " ", MeasureUnit.Count, TimeAggregation.Sum);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_UndefinedEnums_ThrowArgumentOutOfRange()
    {
        Action unit = () => _ = new MeasureDefinition("visits", "Visits", (MeasureUnit)99, TimeAggregation.Sum);
        Action rule = () => _ = new MeasureDefinition("visits", "Visits", MeasureUnit.Count, (TimeAggregation)99);

        unit.Should().Throw<ArgumentOutOfRangeException>();
        rule.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Flag_NeverAllowsNegative()
    {
        StandardMeasures.Stockout.IsFlag.Should().BeTrue();
        StandardMeasures.Stockout.AllowsNegative.Should().BeFalse();
        new MeasureDefinition("promo_day", "Promo day", MeasureUnit.Count, TimeAggregation.Sum, allowsNegative: true, isFlag: true)
            .AllowsNegative.Should().BeFalse();
    }

    [Fact]
    public void StandardStocks_AreSemiAdditiveWithDocumentedRules()
    {
        StandardMeasures.OnHandValue.TimeAggregation.Should().Be(TimeAggregation.Average);
        StandardMeasures.OnHandUnits.TimeAggregation.Should().Be(TimeAggregation.Average);
        StandardMeasures.CustomersStart.TimeAggregation.Should().Be(TimeAggregation.First);
        StandardMeasures.CustomersEnd.TimeAggregation.Should().Be(TimeAggregation.Last);
        StandardMeasures.Revenue.IsAdditive.Should().BeTrue();
        StandardMeasures.UnitsSold.AllowsNegative.Should().BeFalse();
    }

    [Fact]
    public void Equals_SameFields_IsTrue()
    {
        MeasureDefinition a = MeasureDefinition.Flow("visits", "Visits", MeasureUnit.Count, "d");
        MeasureDefinition b = MeasureDefinition.Flow("visits", "Visits", MeasureUnit.Count, "d");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(MeasureDefinition.Flow("visits", "Visits", MeasureUnit.Count, "other"));
        a.ToString().Should().Be("visits");
    }
}
