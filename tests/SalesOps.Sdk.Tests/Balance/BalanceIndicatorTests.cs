using SalesOps.Sdk.Balance;

namespace SalesOps.Sdk.Tests.Balance;

public class BalanceIndicatorTests
{
    [Theory]
    [InlineData(-0.10, 0)]
    [InlineData(0, 0.5)]
    [InlineData(0.05, 0.75)]
    [InlineData(0.10, 1)]
    [InlineData(0.50, 1)]
    [InlineData(-0.30, 0)]
    public void Score_LinearHigherIsBetter_ClampsToUnitInterval(double value, double expected)
    {
        BalanceIndicator indicator = BalanceIndicator.Linear("revenue", IndicatorBasis.Change, -0.10m, 0.10m);

        indicator.Score((decimal)value).Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0.025, 0.5)]
    [InlineData(0.05, 0)]
    [InlineData(0.2, 0)]
    public void Score_LinearLowerIsBetter_WorstAboveBest(double value, double expected)
    {
        BalanceIndicator indicator = BalanceIndicator.Linear("stockout_rate", IndicatorBasis.Level, 0.05m, 0m);

        indicator.Score((decimal)value).Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData(9, 1)]
    [InlineData(7, 1)]
    [InlineData(12, 1)]
    [InlineData(15.5, 0.5)]
    [InlineData(3.5, 0.5)]
    [InlineData(19, 0)]
    [InlineData(0, 0)]
    public void Score_TargetBand_FullInsideFallingToZeroAtTolerance(double value, double expected)
    {
        BalanceIndicator indicator = BalanceIndicator.TargetBand("days_of_supply", IndicatorBasis.Level, 7m, 12m, 7m);

        indicator.Score((decimal)value).Should().Be((decimal)expected);
    }

    [Fact]
    public void Linear_WorstEqualsBest_Throws()
    {
        Action act = () => BalanceIndicator.Linear("revenue", IndicatorBasis.Change, 0.1m, 0.1m);

        act.Should().Throw<ArgumentException>().WithMessage("*revenue*worst and best must differ*");
    }

    [Fact]
    public void TargetBand_EmptyBandOrZeroTolerance_Throws()
    {
        ((Action)(() => BalanceIndicator.TargetBand("days_of_supply", IndicatorBasis.Level, 12m, 7m, 1m))).Should().Throw<ArgumentException>();
        ((Action)(() => BalanceIndicator.TargetBand("days_of_supply", IndicatorBasis.Level, 7m, 12m, 0m))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Linear_NonPositiveWeight_Throws()
    {
        Action act = () => BalanceIndicator.Linear("revenue", IndicatorBasis.Change, -0.1m, 0.1m, weight: 0m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
    }
}
