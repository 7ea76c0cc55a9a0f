using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class GregorianCalendarTests
{
    private static readonly GregorianCalendar Calendar = GregorianCalendar.Instance;

    [Theory]
    [InlineData(PeriodGrain.Day, "2024-01-05", "2024-01-05", "2024-01-05", 5)]
    [InlineData(PeriodGrain.Week, "2024-W01", "2024-01-01", "2024-01-07", 1)]
    [InlineData(PeriodGrain.Month, "2024-01", "2024-01-01", "2024-01-31", 1)]
    [InlineData(PeriodGrain.Quarter, "2024-Q1", "2024-01-01", "2024-03-31", 1)]
    [InlineData(PeriodGrain.Year, "2024", "2024-01-01", "2024-12-31", 1)]
    public void GetPeriod_January5th2024_ReturnsLabelledPeriod(PeriodGrain grain, string label, string start, string end, int number)
    {
        ReportingPeriod period = Calendar.GetPeriod(new LocalDate(2024, 1, 5), grain);

        period.Label.Should().Be(label);
        period.Start.Should().Be(Date(start));
        period.End.Should().Be(Date(end));
        period.FiscalYear.Should().Be(2024);
        period.Number.Should().Be(number);
        period.Grain.Should().Be(grain);
        period.Calendar.Should().BeSameAs(Calendar);
        period.ToString().Should().Be(label);
    }

    [Fact]
    public void GetPeriod_Week_UsesIsoWeekYearAcrossNewYear()
    {
        ReportingPeriod week = Calendar.GetPeriod(new LocalDate(2027, 1, 3), PeriodGrain.Week);

        week.Label.Should().Be("2026-W53");
        week.Start.Should().Be(new LocalDate(2026, 12, 28));
        week.End.Should().Be(new LocalDate(2027, 1, 3));
        week.FiscalYear.Should().Be(2026);
        week.Number.Should().Be(53);
        week.Weeks.Should().Be(1);
    }

    [Theory]
    [InlineData(2020, 53)]
    [InlineData(2021, 52)]
    [InlineData(2026, 53)]
    [InlineData(2015, 53)]
    [InlineData(2024, 52)]
    public void GetPeriods_IsoWeekYear_HasIsoWeekCount(int year, int weeks)
    {
        IReadOnlyList<ReportingPeriod> periods = Calendar.GetPeriods(year, PeriodGrain.Week);

        periods.Should().HaveCount(weeks);
        periods[^1].Label.Should().Be($"{year}-W{weeks}");
    }

    [Fact]
    public void GetPeriod_LeapDay_LiesInFebruaryOf29Days()
    {
        ReportingPeriod february = Calendar.GetPeriod(new LocalDate(2024, 2, 29), PeriodGrain.Month);

        february.Days.Should().Be(29);
        february.Weeks.Should().BeNull();
        Calendar.GetPeriod(new LocalDate(2023, 2, 28), PeriodGrain.Month).Days.Should().Be(28);
        Calendar.GetFiscalYear(2024).Days.Should().Be(366);
        Calendar.GetPeriod(new LocalDate(2024, 12, 31), PeriodGrain.Day).Number.Should().Be(366);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
