using SalesOps.Cli.Report;

namespace SalesOps.Cli.Tests.Report;

public class AxisScaleTests
{
    [Theory]
    [InlineData(3, 97, 0, 100, 50)]       // rough step 23.5 → 50
    [InlineData(0, 100, 0, 100, 50)]      // rough step 25 → 50
    [InlineData(-3, 7, -5, 10, 5)]        // rough step 2.5 → 5
    [InlineData(0, 30, 0, 30, 10)]        // rough step 7.5 → 10
    [InlineData(5, 5, 4.5, 5.5, 0.5)]     // a flat series gets ±10 %
    [InlineData(0, 0, -1, 1, 0.5)]        // zero gets ±1
    public void Nice_CoversTheDataOnRoundSteps(double low, double high, double min, double max, double step)
    {
        AxisScale scale = AxisScale.Nice((decimal)low, (decimal)high);

        scale.Should().Be(new AxisScale((decimal)min, (decimal)max, (decimal)step));
    }

    [Fact]
    public void Nice_Ratios_UsesHundredthSteps()
    {
        // rough step (0.31 − 0.12) / 4 = 0.0475 → 0.05; bounds floor(2.4) × 0.05 and ceil(6.2) × 0.05.
        AxisScale.Nice(0.12m, 0.31m).Should().Be(new AxisScale(0.10m, 0.35m, 0.05m));
    }

    [Fact]
    public void Nice_ReversedBounds_AreSwapped()
    {
        AxisScale.Nice(97m, 3m).Should().Be(AxisScale.Nice(3m, 97m));
    }

    [Fact]
    public void Ticks_RunFromMinToMaxByStep()
    {
        new AxisScale(0m, 100m, 25m).Ticks.Should().Equal(0m, 25m, 50m, 75m, 100m);
        new AxisScale(-5m, 10m, 5m).Ticks.Should().Equal(-5m, 0m, 5m, 10m);
    }

    [Fact]
    public void Nice_LessThanOneTick_Throws()
    {
        ((Action)(() => AxisScale.Nice(0m, 1m, 0))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
