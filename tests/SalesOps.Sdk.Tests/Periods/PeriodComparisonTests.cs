using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class PeriodComparisonTests
{
    [Fact]
    public void Found_Period_HasPeriodAndNoReason()
    {
        ReportingPeriod period = ReportingCalendars.Gregorian.GetFiscalYear(2024);

        PeriodComparison comparison = PeriodComparison.Found(period);

        comparison.HasPeriod.Should().BeTrue();
        comparison.Period.Should().BeSameAs(period);
        comparison.Reason.Should().BeNull();
        comparison.ToString().Should().Be("2024");
        comparison.Should().Be(PeriodComparison.Found(period));
    }

    [Fact]
    public void None_Reason_HasReasonAndNoPeriod()
    {
        PeriodComparison comparison = PeriodComparison.None("week 53");

        comparison.HasPeriod.Should().BeFalse();
        comparison.Period.Should().BeNull();
        comparison.Reason.Should().Be("week 53");
        comparison.ToString().Should().Be("none: week 53");
    }

    [Fact]
    public void Default_HasGenericReason()
    {
        PeriodComparison comparison = default;

        comparison.HasPeriod.Should().BeFalse();
        comparison.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        Action found = () => PeriodComparison.Found(null!);
        Action none = () => PeriodComparison.None(" ");

        found.Should().Throw<ArgumentNullException>();
        none.Should().Throw<ArgumentException>();
    }
}
