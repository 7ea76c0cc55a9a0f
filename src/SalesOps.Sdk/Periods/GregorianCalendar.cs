using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Calendars;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// The Gregorian (ISO) calendar: calendar months, quarters and years, and ISO-8601 weeks.
/// </summary>
/// <remarks>
/// <para>Labels: day <c>2024-01-05</c>, week <c>2024-W05</c>, month <c>2024-01</c>, quarter <c>2024-Q1</c>, year <c>2024</c>.</para>
/// <para>
/// Weeks are ISO-8601 weeks: Monday to Sunday, week 1 is the week containing the year's first Thursday, and
/// a week belongs to (and is numbered in) its ISO week-year, so <c>2026-W53</c> (2026-12-28 to 2027-01-03)
/// exists while 2021 has 52 weeks. A week's <see cref="ReportingPeriod.FiscalYear"/> is its ISO week-year.
/// </para>
/// <para>
/// Same period last year: the same month, quarter or year one year earlier; the ISO week with the same
/// number in the previous ISO week-year (week 53 has no counterpart when that year has 52 weeks); the same
/// month and day one year earlier (29 February has no counterpart).
/// </para>
/// <para>The calendar is immutable and thread-safe; use <see cref="Instance"/>.</para>
/// </remarks>
[JsonConverter(typeof(ReportingCalendarJsonConverter))]
public sealed class GregorianCalendar : ReportingCalendar
{
    private const string CalendarName = "gregorian";

    private readonly ConcurrentDictionary<int, Year> years = new();
    private readonly ConcurrentDictionary<int, ReportingPeriod[]> isoWeekYears = new();

    private GregorianCalendar()
    {
    }

    /// <summary>The Gregorian calendar.</summary>
    public static GregorianCalendar Instance { get; } = new();

    /// <summary>Always <c>gregorian</c>.</summary>
    public override string Name => CalendarName;

    /// <inheritdoc/>
    public override ReportingPeriod GetPeriod(LocalDate date, PeriodGrain grain)
    {
        EnsureGrain(grain);
        EnsureSupported(date, nameof(date));
        switch (grain)
        {
            case PeriodGrain.Day:
                return CreateDay(date);
            case PeriodGrain.Week:
                int weekYear = WeekYearRules.Iso.GetWeekYear(date);
                int week = WeekYearRules.Iso.GetWeekOfWeekYear(date);
                return GetIsoWeeks(weekYear)[week - 1];
            case PeriodGrain.Month:
                return GetYear(date.Year).Months[date.Month - 1];
            case PeriodGrain.Quarter:
                return GetYear(date.Year).Quarters[(date.Month - 1) / 3];
            default:
                return GetYear(date.Year).Period;
        }
    }

    /// <inheritdoc/>
    public override ReportingPeriod GetFiscalYear(int fiscalYear)
    {
        EnsureFiscalYear(fiscalYear, nameof(fiscalYear));
        return GetYear(fiscalYear).Period;
    }

    /// <inheritdoc/>
    public override PeriodComparison SamePeriodLastYear(ReportingPeriod period)
    {
        EnsureOwn(period);
        int previousYear = period.FiscalYear - 1;
        if (previousYear < MinFiscalYear)
        {
            return PeriodComparison.None(PeriodFormat.Invariant(
                $"{period.Label} is in the first year calendar '{Name}' supports; there is no year {previousYear}."));
        }

        switch (period.Grain)
        {
            case PeriodGrain.Day:
                LocalDate date = period.Start;
                if (date.Month == 2 && date.Day == 29)
                {
                    return PeriodComparison.None(PeriodFormat.Invariant(
                        $"{period.Label} is a leap day; {previousYear} has no 29 February."));
                }

                return PeriodComparison.Found(CreateDay(date.PlusYears(-1)));
            case PeriodGrain.Week:
                ReportingPeriod[] weeks = GetIsoWeeks(previousYear);
                if (period.Number > weeks.Length)
                {
                    return PeriodComparison.None(PeriodFormat.Invariant(
                        $"{period.Label} is week 53 of a 53-week ISO year; ISO year {previousYear} has {weeks.Length} weeks."));
                }

                return PeriodComparison.Found(weeks[period.Number - 1]);
            case PeriodGrain.Month:
                return PeriodComparison.Found(GetYear(previousYear).Months[period.Number - 1]);
            case PeriodGrain.Quarter:
                return PeriodComparison.Found(GetYear(previousYear).Quarters[period.Number - 1]);
            default:
                return PeriodComparison.Found(GetYear(previousYear).Period);
        }
    }

    private protected override IReadOnlyList<ReportingPeriod> GetPeriodsOfYear(int fiscalYear, PeriodGrain grain)
    {
        EnsureFiscalYear(fiscalYear, nameof(fiscalYear));
        return grain switch
        {
            PeriodGrain.Week => Array.AsReadOnly(GetIsoWeeks(fiscalYear)),
            PeriodGrain.Month => Array.AsReadOnly(GetYear(fiscalYear).Months),
            PeriodGrain.Quarter => Array.AsReadOnly(GetYear(fiscalYear).Quarters),
            PeriodGrain.Year => Array.AsReadOnly(new[] { GetYear(fiscalYear).Period }),
            _ => GetPeriods(GetYear(fiscalYear).Period.Interval, PeriodGrain.Day),
        };
    }

    private ReportingPeriod CreateDay(LocalDate date) =>
        new(this, PeriodGrain.Day, date.ToIsoString(), date, date, date.Year, date.DayOfYear, null);

    private Year GetYear(int year) => years.GetOrAdd(year, static (y, calendar) => new Year(calendar, y), this);

    private ReportingPeriod[] GetIsoWeeks(int weekYear) =>
        isoWeekYears.GetOrAdd(weekYear, static (y, calendar) => calendar.CreateIsoWeeks(y), this);

    private ReportingPeriod[] CreateIsoWeeks(int weekYear)
    {
        int count = WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);
        LocalDate monday = WeekYearRules.Iso.GetLocalDate(weekYear, 1, IsoDayOfWeek.Monday);
        var weeks = new ReportingPeriod[count];
        for (int i = 0; i < count; i++)
        {
            LocalDate start = monday.PlusWeeks(i);
            weeks[i] = new ReportingPeriod(
                this,
                PeriodGrain.Week,
                PeriodFormat.Invariant($"{weekYear:D4}-W{i + 1:D2}"),
                start,
                start.PlusDays(6),
                weekYear,
                i + 1,
                1);
        }

        return weeks;
    }

    /// <summary>The cached year, quarter and month periods of one calendar year.</summary>
    private sealed class Year
    {
        public Year(GregorianCalendar calendar, int year)
        {
            var first = new LocalDate(year, 1, 1);
            Period = new ReportingPeriod(
                calendar,
                PeriodGrain.Year,
                PeriodFormat.Invariant($"{year:D4}"),
                first,
                new LocalDate(year, 12, 31),
                year,
                1,
                null);
            Months = new ReportingPeriod[12];
            for (int month = 1; month <= 12; month++)
            {
                var start = new LocalDate(year, month, 1);
                Months[month - 1] = new ReportingPeriod(
                    calendar,
                    PeriodGrain.Month,
                    PeriodFormat.Invariant($"{year:D4}-{month:D2}"),
                    start,
                    start.PlusMonths(1).PlusDays(-1),
                    year,
                    month,
                    null);
            }

            Quarters = new ReportingPeriod[4];
            for (int quarter = 1; quarter <= 4; quarter++)
            {
                Quarters[quarter - 1] = new ReportingPeriod(
                    calendar,
                    PeriodGrain.Quarter,
                    PeriodFormat.Invariant($"{year:D4}-Q{quarter}"),
                    Months[(quarter - 1) * 3].Start,
                    Months[(quarter * 3) - 1].End,
                    year,
                    quarter,
                    null);
            }
        }

        public ReportingPeriod Period { get; }

        public ReportingPeriod[] Months { get; }

        public ReportingPeriod[] Quarters { get; }
    }
}
