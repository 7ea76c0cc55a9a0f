using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Balance;

public class BalanceTimelineTests
{
    private static readonly BalanceAnalyzer Analyzer = new(new MetricEngine(MetricCatalog.Standard), BalanceOptions.Retail);

    private static FactCube Weeks() =>
        Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Week);

    [Theory]
    [InlineData(PeriodGrain.Day, 14)]
    [InlineData(PeriodGrain.Week, 12)]
    [InlineData(PeriodGrain.Month, 6)]
    [InlineData(PeriodGrain.Quarter, 4)]
    [InlineData(PeriodGrain.Year, 4)]
    public void WindowFor_Grain_IsTwoComparableHalves(PeriodGrain grain, int window)
    {
        BalanceAnalyzer.TimelineWindow(grain).Should().Be(window);
    }

    [Fact]
    public void Compute_OnePointPerPeriodFromTheMinimumHistory()
    {
        FactCube cube = Weeks();
        ReportingPeriod[] periods = [.. cube.Periods];

        var points = Analyzer.Timeline(cube, StrategicOrientation.Balanced, 12);

        points.Select(p => p.Period).Should().Equal(periods.Skip(3));   // the first point needs 4 periods
    }

    [Fact]
    public void Compute_EachPointIsTheAnalyzerOnTheWindowEndingThere()
    {
        FactCube cube = Weeks().Total();
        ReportingPeriod[] periods = [.. cube.Periods];

        var points = Analyzer.Timeline(cube, StrategicOrientation.Balanced, 12);

        // The first point: a growing window of 4 periods; a later one: the 12 periods up to it.
        BalanceDiagnosis first = Analyzer.Diagnose(cube.Slice(periods[0], periods[3]));
        points[0].SalesMomentum.Should().Be(first.SalesMomentum);
        points[0].OperationalHealth.Should().Be(first.OperationalHealth);
        BalanceDiagnosis last = Analyzer.Diagnose(cube.Slice(periods[^12], periods[^1]));
        points[^1].SalesMomentum.Should().Be(last.SalesMomentum);
        points[^1].OperationalHealth.Should().Be(last.OperationalHealth);
        points[^1].BalanceIndex.Should().Be(last.BalanceIndex);
        points[^1].Findings.Should().Equal(last.Findings.Select(f => f.Id));
    }

    [Fact]
    public void Compute_TooFewPeriods_GivesNoPoints()
    {
        FactCube months = Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Quarter);

        Analyzer.Timeline(months, StrategicOrientation.Balanced, 4).Should().BeEmpty();   // two quarters
    }
}
