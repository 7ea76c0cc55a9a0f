using NodaTime;
using NodaTime.Text;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class RetailCalendarTests
{
    private static readonly ReportingCalendar Nrf = ReportingCalendars.Nrf454;

    [Fact]
    public void Nrf454_FiscalYear2023_Runs53WeeksFrom29January2023To3February2024()
    {
        ReportingPeriod year = Nrf.GetFiscalYear(2023);

        year.Label.Should().Be("FY2023");
        year.Start.Should().Be(new LocalDate(2023, 1, 29));
        year.End.Should().Be(new LocalDate(2024, 2, 3));
        year.Weeks.Should().Be(53);
        year.Days.Should().Be(371);
    }

    [Fact]
    public void Nrf454_FiscalYear2024_Runs52WeeksFrom4February2024To1February2025()
    {
        ReportingPeriod year = Nrf.GetFiscalYear(2024);

        year.Start.Should().Be(new LocalDate(2024, 2, 4));
        year.End.Should().Be(new LocalDate(2025, 2, 1));
        year.Weeks.Should().Be(52);
    }

    [Fact]
    public void Nrf454_Period12OfFiscalYear2023_HasFiveWeeksBecauseWeek53GoesToTheLastPeriod()
    {
        ReportingPeriod p12 = Nrf.GetPeriod(new LocalDate(2024, 1, 15), PeriodGrain.Month);

        p12.Label.Should().Be("FY2023-P12");
        p12.Start.Should().Be(new LocalDate(2023, 12, 31));
        p12.End.Should().Be(new LocalDate(2024, 2, 3));
        p12.Weeks.Should().Be(5);
        p12.Number.Should().Be(12);
        p12.FiscalYear.Should().Be(2023);
    }

    [Fact]
    public void Nrf454_Period1OfFiscalYear2024_Runs4February2024To2March2024()
    {
        ReportingPeriod p01 = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Month);

        p01.Label.Should().Be("FY2024-P01");
        p01.Start.Should().Be(new LocalDate(2024, 2, 4));
        p01.End.Should().Be(new LocalDate(2024, 3, 2));
        p01.Weeks.Should().Be(4);
        p01.Previous().Label.Should().Be("FY2023-P12");
    }

    [Fact]
    public void Nrf454_FiscalYears2000To2040_Have53WeeksExactlyInThePublishedYears()
    {
        int[] longYears = Enumerable.Range(2000, 41).Where(y => Nrf.GetFiscalYear(y).Weeks == 53).ToArray();

        longYears.Should().Equal(2000, 2006, 2012, 2017, 2023, 2028, 2034, 2040);
    }

    [Theory]
    [InlineData("445")]
    [InlineData("454")]
    [InlineData("544")]
    public void Presets_DecemberYearEnd_FiscalYear2024Runs31December2023To28December2024(string name)
    {
        ReportingPeriod year = ReportingCalendars.FromName(name).GetFiscalYear(2024);

        year.Label.Should().Be("FY2024");
        year.Start.Should().Be(Date("2023-12-31"));
        year.End.Should().Be(Date("2024-12-28"));
        year.Weeks.Should().Be(52);
    }

    [Fact]
    public void Presets_DecemberYearEnd_53WeekYearsBetween2000And2040()
    {
        int[] longYears = Enumerable.Range(2000, 41)
            .Where(y => ReportingCalendars.FourFourFive.GetFiscalYear(y).Weeks == 53)
            .ToArray();

        longYears.Should().Equal(2003, 2008, 2014, 2020, 2025, 2031, 2036);
        ReportingCalendars.FourFourFive.GetFiscalYear(2020).End.Should().Be(Date("2021-01-02"));
    }

    [Theory]
    [InlineData("445", new[] { 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5 })]
    [InlineData("454", new[] { 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4 })]
    [InlineData("544", new[] { 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4 })]
    [InlineData("nrf-454", new[] { 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4 })]
    public void GetPeriods_52WeekYear_FollowsTheWeekPattern(string name, int[] weeks)
    {
        ReportingCalendar calendar = ReportingCalendars.FromName(name);

        calendar.GetPeriods(2024, PeriodGrain.Month).Select(p => p.Weeks!.Value).Should().Equal(weeks);
        calendar.GetPeriods(2024, PeriodGrain.Quarter).Select(p => p.Weeks!.Value).Should().Equal(13, 13, 13, 13);
    }

    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
