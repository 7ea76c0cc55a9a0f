using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

/// <summary>
/// Exhaustive checks over every calendar, grain and date from 2000 to 2040: each date lies in exactly one
/// period, and the periods of each fiscal year tile it without gaps or overlaps.
/// </summary>
public class CalendarTilingTests
{
    private static readonly LocalDate First = new(2000, 1, 1);
    private static readonly LocalDate Last = new(2040, 12, 31);

    [Theory]
    [MemberData(nameof(CalendarCases.Names), MemberType = typeof(CalendarCases))]
    public void GetPeriods_EveryFiscalYear2000To2040_TileTheYearWithoutGapsOrOverlaps(string name)
    {
        ReportingCalendar calendar = CalendarCases.Get(name);
        for (int fiscalYear = 2000; fiscalYear <= 2040; fiscalYear++)
        {
            ReportingPeriod year = calendar.GetFiscalYear(fiscalYear);
            year.FiscalYear.Should().Be(fiscalYear);
            year.Previous().End.Should().Be(year.Start.PlusDays(-1), "fiscal years follow each other");

            foreach (PeriodGrain grain in CalendarCases.Grains)
            {
                IReadOnlyList<ReportingPeriod> periods = calendar.GetPeriods(fiscalYear, grain);
                bool isoWeeks = calendar is GregorianCalendar && grain == PeriodGrain.Week;

                if (!isoWeeks)
                {
                    periods[0].Start.Should().Be(year.Start, "{0} {1} {2} starts the year", name, fiscalYear, grain);
                    periods[^1].End.Should().Be(year.End, "{0} {1} {2} ends the year", name, fiscalYear, grain);
                }

                for (int i = 0; i < periods.Count; i++)
                {
                    ReportingPeriod period = periods[i];
                    period.Grain.Should().Be(grain);
                    period.FiscalYear.Should().Be(fiscalYear);
                    period.Number.Should().Be(i + 1);
                    period.Start.Should().BeLessThanOrEqualTo(period.End);
                    if (i > 0)
                    {
                        period.Start.Should().Be(periods[i - 1].End.PlusDays(1), "{0} {1} follows {2} without gap or overlap", name, period, periods[i - 1]);
                        periods[i - 1].Next().Should().Be(period);
                        period.Previous().Should().Be(periods[i - 1]);
                    }
                }

                periods.Select(p => p.Label).Should().OnlyHaveUniqueItems();
                periods.Sum(p => p.Days).Should().Be(isoWeeks ? periods.Count * 7 : year.Days);
                ExpectedCount(calendar, year, grain, periods.Count);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarCases.Names), MemberType = typeof(CalendarCases))]
    public void GetPeriod_EveryDate2000To2040_LiesInExactlyOnePeriodOfEachGrain(string name)
    {
        ReportingCalendar calendar = CalendarCases.Get(name);
        var years = new Dictionary<(int, PeriodGrain), IReadOnlyList<ReportingPeriod>>();
        for (LocalDate date = First; date <= Last; date = date.PlusDays(1))
        {
            ReportingPeriod? finer = null;
            foreach (PeriodGrain grain in CalendarCases.Grains)
            {
                ReportingPeriod period = calendar.GetPeriod(date, grain);
                period.Contains(date).Should().BeTrue();

                // The one period of its fiscal year with that number: the year's periods tile it, so no other
                // period of this grain can contain the date.
                if (!years.TryGetValue((period.FiscalYear, grain), out IReadOnlyList<ReportingPeriod>? yearPeriods))
                {
                    yearPeriods = calendar.GetPeriods(period.FiscalYear, grain);
                    years.Add((period.FiscalYear, grain), yearPeriods);
                }

                yearPeriods[period.Number - 1].Should().Be(period);
                yearPeriods[period.Number - 1].Label.Should().Be(period.Label);
                if (grain != PeriodGrain.Day)
                {
                    yearPeriods.Count(p => p.Contains(date)).Should().Be(1);
                }

                // Grains nest: day in week in month in quarter in year (Gregorian ISO weeks straddle months).
                if (finer is not null && !(calendar is GregorianCalendar && finer.Grain == PeriodGrain.Week))
                {
                    period.Contains(finer.Start).Should().BeTrue();
                    period.Contains(finer.End).Should().BeTrue();
                }

                finer = period;
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarCases.Names), MemberType = typeof(CalendarCases))]
    public void GetPeriods_Interval_ReturnsOrderedPeriodsCoveringIt(string name)
    {
        ReportingCalendar calendar = CalendarCases.Get(name);
        var interval = new DateInterval(new LocalDate(2019, 11, 17), new LocalDate(2024, 3, 3));
        foreach (PeriodGrain grain in CalendarCases.Grains)
        {
            IReadOnlyList<ReportingPeriod> periods = calendar.GetPeriods(interval, grain);

            periods[0].Contains(interval.Start).Should().BeTrue();
            periods[^1].Contains(interval.End).Should().BeTrue();
            periods.Should().BeInAscendingOrder();
            for (int i = 1; i < periods.Count; i++)
            {
                periods[i].Start.Should().Be(periods[i - 1].End.PlusDays(1));
            }
        }
    }

    private static void ExpectedCount(ReportingCalendar calendar, ReportingPeriod year, PeriodGrain grain, int count)
    {
        switch (grain)
        {
            case PeriodGrain.Day:
                count.Should().Be(year.Days);
                break;
            case PeriodGrain.Week:
                count.Should().BeOneOf(52, 53);
                if (calendar is RetailCalendar)
                {
                    count.Should().Be(year.Weeks);
                }

                break;
            case PeriodGrain.Month:
                count.Should().Be(12);
                break;
            case PeriodGrain.Quarter:
                count.Should().Be(4);
                break;
            default:
                count.Should().Be(1);
                break;
        }
    }
}
