using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

public class ReportingPeriodTests
{
    private static readonly ReportingCalendar Nrf = ReportingCalendars.Nrf454;

    [Fact]
    public void Equals_SameCalendarNameGrainAndDates_IsEqual()
    {
        ReportingPeriod a = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Day);
        ReportingPeriod b = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Day);

        a.Should().NotBeSameAs(b);
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.CompareTo(b).Should().Be(0);
    }

    [Fact]
    public void Equals_SameDatesOtherGrainOrCalendar_IsNotEqual()
    {
        ReportingPeriod nrfYear = Nrf.GetFiscalYear(2024);
        ReportingPeriod gregorianDay = ReportingCalendars.Gregorian.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Day);
        ReportingPeriod nrfDay = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Day);
        ReportingPeriod nrfWeek = Nrf.GetPeriod(new LocalDate(2024, 2, 4), PeriodGrain.Week);

        nrfDay.Should().NotBe(gregorianDay);
        nrfDay.Should().NotBe(nrfWeek);
        bool equalsString = nrfYear.Equals((object)"FY2024");
        bool equalsNull = nrfYear.Equals(default(ReportingPeriod));
        equalsNull.Should().BeFalse();
        equalsString.Should().BeFalse();
    }

    [Fact]
    public void CompareTo_MixedPeriods_OrdersByStartThenFinerGrainThenEnd()
    {
        ReportingPeriod year = Nrf.GetFiscalYear(2024);
        ReportingPeriod quarter = Nrf.GetPeriod(year.Start, PeriodGrain.Quarter);
        ReportingPeriod month = Nrf.GetPeriod(year.Start, PeriodGrain.Month);
        ReportingPeriod week2 = Nrf.GetPeriod(year.Start.PlusWeeks(1), PeriodGrain.Week);
        ReportingPeriod previousYear = Nrf.GetFiscalYear(2023);

        var sorted = new[] { week2, year, quarter, previousYear, month }.Order().ToArray();

        sorted.Should().Equal(previousYear, month, quarter, year, week2);
        (previousYear < year).Should().BeTrue();
        (year > month).Should().BeTrue();
        (year >= Nrf.GetFiscalYear(2024)).Should().BeTrue();
        (month <= quarter).Should().BeTrue();
        (null < year).Should().BeTrue();
        year.CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void Properties_RetailWeek_ReportDaysWeeksAndInterval()
    {
        ReportingPeriod week = Nrf.GetPeriod(new LocalDate(2024, 2, 7), PeriodGrain.Week);

        week.Label.Should().Be("FY2024-W01");
        week.Days.Should().Be(7);
        week.Weeks.Should().Be(1);
        week.Interval.Start.Should().Be(new LocalDate(2024, 2, 4));
        week.Interval.End.Should().Be(new LocalDate(2024, 2, 10));
        week.Contains(new LocalDate(2024, 2, 10)).Should().BeTrue();
        week.Contains(new LocalDate(2024, 2, 11)).Should().BeFalse();
        week.ToString().Should().Be("FY2024-W01");
    }

    [Fact]
    public void Properties_RetailDay_IsLabelledWithIsoDateAndNumberedByDayOfFiscalYear()
    {
        ReportingPeriod day = Nrf.GetPeriod(new LocalDate(2024, 2, 5), PeriodGrain.Day);

        day.Label.Should().Be("2024-02-05");
        day.Number.Should().Be(2);
        day.FiscalYear.Should().Be(2024);
        day.Weeks.Should().BeNull();
    }

    [Fact]
    public void Next_LastSupportedPeriod_ThrowsInvalidOperation()
    {
        ReportingPeriod last = Nrf.GetFiscalYear(ReportingCalendar.MaxFiscalYear);

        Action next = () => last.Next();

        next.Should().Throw<InvalidOperationException>().WithMessage("FY9990 is the last year calendar 'nrf-454' supports*");
    }

    [Fact]
    public void Previous_FirstSupportedPeriod_ThrowsInvalidOperation()
    {
        ReportingPeriod first = ReportingCalendars.Gregorian.GetPeriod(new LocalDate(1, 1, 1), PeriodGrain.Day);

        Action previous = () => first.Previous();

        previous.Should().Throw<InvalidOperationException>().WithMessage("0001-01-01 is the first day*");
    }

    [Fact]
    public void GetPeriod_DateOutsideSupportedRange_ThrowsNamingRange()
    {
        Action get = () => ReportingCalendars.Gregorian.GetPeriod(new LocalDate(9999, 1, 1), PeriodGrain.Month);

        get.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("date")
            .WithMessage("Date 9999-01-01 is outside the dates calendar 'gregorian' supports: 0001-01-01 to 9990-12-31 (fiscal years 1 to 9990).*");
    }

    [Fact]
    public void GetPeriod_UndefinedGrain_ThrowsListingGrains()
    {
        Action get = () => Nrf.GetPeriod(new LocalDate(2024, 1, 1), (PeriodGrain)7);

        get.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("grain")
            .WithMessage("*allowed values: day, week, month, quarter, year*");
    }

    [Fact]
    public void GetFiscalYear_OutOfRange_Throws()
    {
        Action get = () => Nrf.GetFiscalYear(0);

        get.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("fiscalYear")
            .WithMessage("Fiscal year 0 is outside the years calendar 'nrf-454' supports: 1 to 9990.*");
    }

    [Fact]
    public void GetPeriod_ManyThreads_ReturnsConsistentPeriods()
    {
        var calendar = new RetailCalendar(new RetailCalendarOptions { Name = "threads" });
        LocalDate[] dates = Enumerable.Range(0, 5000).Select(i => new LocalDate(1990, 1, 1).PlusDays(i * 3)).ToArray();

        string[][] labels = Enumerable.Range(0, 4).AsParallel()
            .Select(_ => dates.Select(d => calendar.GetPeriod(d, PeriodGrain.Month).Label).ToArray())
            .ToArray();

        labels.Should().AllSatisfy(l => l.Should().Equal(labels[0]));
    }
}
