using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class SamePeriodLastYearTests
{
    private static readonly ReportingCalendar Nrf = ReportingCalendars.Nrf454;
    private static readonly ReportingCalendar Gregorian = ReportingCalendars.Gregorian;

    [Fact]
    public void Nrf_Week53Of2023_HasNoCounterpartAndSaysWhy()
    {
        ReportingPeriod week53 = Nrf.GetPeriod(new LocalDate(2024, 2, 3), PeriodGrain.Week);

        PeriodComparison comparison = Nrf.SamePeriodLastYear(week53);

        week53.Label.Should().Be("FY2023-W53");
        comparison.HasPeriod.Should().BeFalse();
        comparison.Period.Should().BeNull();
        comparison.Reason.Should().Contain("FY2023-W53").And.Contain("53-week year").And.Contain("FY2022 has 52 weeks");
    }

    [Fact]
    public void Nrf_Week52Of2023_MapsToWeek52Of2022()
    {
        ReportingPeriod week52 = Nrf.GetPeriod(new LocalDate(2024, 1, 27), PeriodGrain.Week);

        PeriodComparison comparison = Nrf.SamePeriodLastYear(week52);

        week52.Label.Should().Be("FY2023-W52");
        comparison.Period!.Label.Should().Be("FY2022-W52");
        comparison.Period.Start.Should().Be(new LocalDate(2023, 1, 22));
        comparison.Reason.Should().BeNull();
    }

    [Fact]
    public void Nrf_FirstWeekAfter53WeekYear_MapsToFirstWeekOf53WeekYear()
    {
        ReportingPeriod week1 = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Week);

        ReportingPeriod last = Nrf.SamePeriodLastYear(week1).Period!;

        last.Label.Should().Be("FY2023-W01");
        last.Start.Should().Be(new LocalDate(2023, 1, 29));
        Period.DaysBetween(last.Start, week1.Start).Should().Be(371, "the 53-week year sits between them");
    }

    [Fact]
    public void Nrf_Period12After53WeekYear_MapsToFiveWeekPeriod12()
    {
        ReportingPeriod p12 = Nrf.GetPeriods(2024, PeriodGrain.Month)[11];

        ReportingPeriod last = Nrf.SamePeriodLastYear(p12).Period!;

        p12.Weeks.Should().Be(4);
        last.Label.Should().Be("FY2023-P12");
        last.Weeks.Should().Be(5);
    }

    [Theory]
    [InlineData(PeriodGrain.Quarter, "FY2023-Q4", "FY2022-Q4")]
    [InlineData(PeriodGrain.Year, "FY2023", "FY2022")]
    [InlineData(PeriodGrain.Month, "FY2023-P12", "FY2022-P12")]
    public void Nrf_LongerPeriodsOf53WeekYear_MapToSameNumber(PeriodGrain grain, string label, string expected)
    {
        ReportingPeriod period = Nrf.GetPeriod(new LocalDate(2024, 2, 3), grain);

        period.Label.Should().Be(label);
        Nrf.SamePeriodLastYear(period).Period!.Label.Should().Be(expected);
    }

    [Fact]
    public void Nrf_Day_MapsToSameDayOfFiscalYearAndSameWeekday()
    {
        ReportingPeriod day = Nrf.GetPeriod(new LocalDate(2024, 11, 29), PeriodGrain.Day);

        ReportingPeriod last = Nrf.SamePeriodLastYear(day).Period!;

        last.Start.Should().Be(new LocalDate(2023, 11, 24), "Black Friday to Black Friday: day 300 of each fiscal year");
        last.Number.Should().Be(day.Number);
        last.Start.DayOfWeek.Should().Be(day.Start.DayOfWeek);
    }

    [Fact]
    public void Nrf_DayInWeek53_HasNoCounterpart()
    {
        ReportingPeriod day = Nrf.GetPeriod(new LocalDate(2024, 1, 29), PeriodGrain.Day);

        PeriodComparison comparison = Nrf.SamePeriodLastYear(day);

        day.Number.Should().Be(366);
        comparison.HasPeriod.Should().BeFalse();
        comparison.Reason.Should().Contain("day 366 of FY2023");
    }

    [Fact]
    public void Gregorian_LeapDay_HasNoCounterpart()
    {
        ReportingPeriod leapDay = Gregorian.GetPeriod(new LocalDate(2024, 2, 29), PeriodGrain.Day);

        PeriodComparison comparison = Gregorian.SamePeriodLastYear(leapDay);

        comparison.HasPeriod.Should().BeFalse();
        comparison.Reason.Should().Contain("leap day").And.Contain("2023 has no 29 February");
    }

    [Fact]
    public void Gregorian_DayAfterLeapDay_MapsToSameCalendarDate()
    {
        PeriodComparison comparison = Gregorian.SamePeriodLastYear(Gregorian.GetPeriod(new LocalDate(2024, 3, 1), PeriodGrain.Day));

        comparison.Period!.Label.Should().Be("2023-03-01");
    }

    [Fact]
    public void Gregorian_February28OfYearAfterLeapYear_MapsTo28February()
    {
        PeriodComparison comparison = Gregorian.SamePeriodLastYear(Gregorian.GetPeriod(new LocalDate(2025, 2, 28), PeriodGrain.Day));

        comparison.Period!.Label.Should().Be("2024-02-28");
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2026)]
    public void Gregorian_IsoWeek53_HasNoCounterpartWhenPreviousYearHas52Weeks(int year)
    {
        ReportingPeriod week53 = Gregorian.GetPeriods(year, PeriodGrain.Week)[^1];

        PeriodComparison comparison = Gregorian.SamePeriodLastYear(week53);

        week53.Label.Should().Be($"{year}-W53");
        comparison.HasPeriod.Should().BeFalse();
        comparison.Reason.Should().Contain($"ISO year {year - 1} has 52 weeks");
    }

    [Theory]
    [InlineData(PeriodGrain.Month, "2024-02", "2023-02")]
    [InlineData(PeriodGrain.Quarter, "2024-Q1", "2023-Q1")]
    [InlineData(PeriodGrain.Year, "2024", "2023")]
    [InlineData(PeriodGrain.Week, "2024-W09", "2023-W09")]
    public void Gregorian_Period_MapsToSameNumberOfPreviousYear(PeriodGrain grain, string label, string expected)
    {
        ReportingPeriod period = Gregorian.GetPeriod(new LocalDate(2024, 2, 29), grain);

        period.Label.Should().Be(label);
        Gregorian.SamePeriodLastYear(period).Period!.Label.Should().Be(expected);
    }

    [Fact]
    public void SamePeriodLastYear_FirstSupportedYear_HasNoCounterpart()
    {
        ReportingPeriod first = Nrf.GetFiscalYear(ReportingCalendar.MinFiscalYear);

        PeriodComparison comparison = Nrf.SamePeriodLastYear(first);

        comparison.HasPeriod.Should().BeFalse();
        comparison.Reason.Should().Contain("first fiscal year");
    }

    [Fact]
    public void SamePeriodLastYear_PeriodOfAnotherCalendar_Throws()
    {
        ReportingPeriod gregorianMonth = Gregorian.GetPeriod(new LocalDate(2024, 1, 1), PeriodGrain.Month);

        Action compare = () => Nrf.SamePeriodLastYear(gregorianMonth);

        compare.Should().Throw<ArgumentException>()
            .WithParameterName("period")
            .WithMessage("Period 2024-01 belongs to calendar 'gregorian', not to calendar 'nrf-454'.*");
    }

    [Fact]
    public void PreviousPeriod_AcrossFiscalYear_ReturnsLastPeriodOfPreviousYear()
    {
        ReportingPeriod p01 = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Month);

        Nrf.PreviousPeriod(p01).Period!.Label.Should().Be("FY2023-P12");
        Nrf.PreviousPeriod(Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Week)).Period!.Label.Should().Be("FY2023-W53");
    }

    [Fact]
    public void PreviousPeriod_FirstSupportedPeriod_HasNoCounterpart()
    {
        ReportingPeriod first = Gregorian.GetPeriod(Gregorian.SupportedDates.Start, PeriodGrain.Month);

        PeriodComparison comparison = Gregorian.PreviousPeriod(first);

        first.Label.Should().Be("0001-01");
        comparison.HasPeriod.Should().BeFalse();
        comparison.Reason.Should().Be("0001-01 is the first month calendar 'gregorian' supports.");
    }
}
