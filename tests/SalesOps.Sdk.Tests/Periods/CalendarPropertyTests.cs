using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Periods;

/// <summary>Laws every calendar obeys, checked on random dates, grains and retail definitions.</summary>
public class CalendarPropertyTests
{
    private static readonly LocalDate Epoch = new(1900, 1, 1);

    private static Gen<LocalDate> Dates { get; } =
        Gen.Choose(0, Period.DaysBetween(Epoch, new LocalDate(2100, 12, 31))).Select(Epoch.PlusDays);

    private static Gen<ReportingCalendar> Calendars { get; } = Gen.Elements(CalendarCases.All);

    private static Gen<PeriodGrain> Grains { get; } = Gen.Elements(CalendarCases.Grains);

    private static Arbitrary<(ReportingCalendar Calendar, PeriodGrain Grain, LocalDate Date)> Cases { get; } =
        Calendars.SelectMany(_ => Grains, (c, g) => (c, g))
            .SelectMany(_ => Dates, (cg, d) => (cg.c, cg.g, d))
            .ToArbitrary();

    private static Gen<RetailCalendarOptions> RetailDefinitions { get; } =
        from pattern in Gen.Elements(RetailWeekPattern.FourFourFive, RetailWeekPattern.FourFiveFour, RetailWeekPattern.FiveFourFour)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 7)
        from rule in Gen.Elements(RetailYearEndRule.LastDayOfWeekInMonth, RetailYearEndRule.NearestEndOfMonth)
        from naming in Gen.Elements(FiscalYearNaming.EndYear, FiscalYearNaming.StartYear)
        from week53 in Gen.Choose(1, 12)
        select new RetailCalendarOptions
        {
            Name = "random",
            WeekPattern = pattern,
            YearEndMonth = month,
            YearEndDayOfWeek = (IsoDayOfWeek)day,
            YearEndRule = rule,
            FiscalYearNaming = naming,
            Week53Period = week53,
        };

    [Property(MaxTest = 2000)]
    public Property GetPeriod_AnyDate_ReturnsPeriodContainingIt() =>
        Prop.ForAll(Cases, c => c.Calendar.GetPeriod(c.Date, c.Grain).Contains(c.Date));

    [Property(MaxTest = 2000)]
    public Property NextAndPrevious_AnyPeriod_AreAdjacentAndInverse() =>
        Prop.ForAll(Cases, c =>
        {
            ReportingPeriod period = c.Calendar.GetPeriod(c.Date, c.Grain);
            ReportingPeriod next = period.Next();
            ReportingPeriod previous = period.Previous();
            return next.Start == period.End.PlusDays(1)
                && previous.End == period.Start.PlusDays(-1)
                && next.Previous().Equals(period)
                && previous.Next().Equals(period)
                && previous < period
                && period < next;
        });

    [Property(MaxTest = 1000)]
    public Property GetPeriods_AnyInterval_CoversItInOrderWithoutGaps() =>
        Prop.ForAll(
            Cases.Generator.SelectMany(_ => Gen.Choose(0, 800), (c, length) => (c, length)).ToArbitrary(),
            x =>
            {
                var interval = new DateInterval(x.c.Date, x.c.Date.PlusDays(x.length));
                IReadOnlyList<ReportingPeriod> periods = x.c.Calendar.GetPeriods(interval, x.c.Grain);
                bool adjacent = periods.Zip(periods.Skip(1)).All(p => p.Second.Start == p.First.End.PlusDays(1));
                return adjacent && periods[0].Contains(interval.Start) && periods[^1].Contains(interval.End);
            });

    [Property(MaxTest = 1000)]
    public Property SamePeriodLastYear_AnyPeriod_IsSameNumberOfPreviousYearOrSaysWhyNot() =>
        Prop.ForAll(Cases, c =>
        {
            ReportingPeriod period = c.Calendar.GetPeriod(c.Date, c.Grain);
            PeriodComparison comparison = c.Calendar.SamePeriodLastYear(period);
            if (!comparison.HasPeriod)
            {
                bool explained = !string.IsNullOrWhiteSpace(comparison.Reason);
                bool expectedGap = c.Grain switch
                {
                    PeriodGrain.Week => period.Number == 53,
                    PeriodGrain.Day when c.Calendar is GregorianCalendar => period.Start.Month == 2 && period.Start.Day == 29,
                    PeriodGrain.Day => period.Number > 364,
                    _ => false,
                };
                return explained && expectedGap;
            }

            ReportingPeriod last = comparison.Period;
            bool sameSlot = last.Grain == period.Grain
                && last.FiscalYear == period.FiscalYear - 1
                && (c.Calendar is GregorianCalendar && c.Grain == PeriodGrain.Day
                    ? last.Start == period.Start.PlusYears(-1)
                    : last.Number == period.Number);
            return sameSlot;
        });

    [Property(MaxTest = 1000)]
    public Property Json_AnyPeriod_RoundTrips() =>
        Prop.ForAll(Cases, c =>
        {
            ReportingPeriod period = c.Calendar.GetPeriod(c.Date, c.Grain);
            ReportingPeriod? back = JsonSerializer.Deserialize<ReportingPeriod>(JsonSerializer.Serialize(period));
            return period.Equals(back) && back!.Label == period.Label && back.Calendar.Equals(period.Calendar);
        });

    [Property(MaxTest = 300)]
    public Property RetailCalendar_AnyDefinition_HasWholeWeekYearsEndingOnTheYearEndDay() =>
        Prop.ForAll(RetailDefinitions.SelectMany(_ => Gen.Choose(1950, 2050), (o, y) => (o, y)).ToArbitrary(), x =>
        {
            var calendar = new RetailCalendar(x.o);
            ReportingPeriod year = calendar.GetFiscalYear(x.y);
            IReadOnlyList<ReportingPeriod> months = calendar.GetPeriods(x.y, PeriodGrain.Month);
            IReadOnlyList<ReportingPeriod> quarters = calendar.GetPeriods(x.y, PeriodGrain.Quarter);
            bool wholeWeeks = year.Days is 364 or 371 && year.Weeks == year.Days / 7;
            bool endsOnDay = year.End.DayOfWeek == x.o.YearEndDayOfWeek;
            bool extraWeek = year.Weeks == 52
                ? quarters.All(q => q.Weeks == 13)
                : months[x.o.Week53Period - 1].Weeks == PatternWeeks(x.o.WeekPattern, x.o.Week53Period) + 1;
            bool tiles = months[0].Start == year.Start && months[^1].End == year.End
                && months.Zip(months.Skip(1)).All(p => p.Second.Start == p.First.End.PlusDays(1));
            bool json = JsonSerializer.Deserialize<ReportingCalendar>(JsonSerializer.Serialize(calendar))!.Equals(calendar);
            return wholeWeeks && endsOnDay && extraWeek && tiles && json;
        });

    private static int PatternWeeks(RetailWeekPattern pattern, int period)
    {
        string digits = ((int)pattern).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return digits[(period - 1) % 3] - '0';
    }
}
