using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// A retail 4-4-5, 4-5-4 or 5-4-4 calendar: fiscal years of 52 or 53 whole weeks, each quarter 13 weeks
/// split into three fiscal periods, the 53rd week added to one period.
/// </summary>
/// <remarks>
/// <para>
/// Labels: year <c>FY2024</c>, quarter <c>FY2024-Q1</c>, period (<see cref="PeriodGrain.Month"/>)
/// <c>FY2024-P01</c> to <c>FY2024-P12</c>, week <c>FY2024-W01</c> to <c>FY2024-W53</c>; a day is labelled
/// with its ISO date (<c>2024-02-04</c>) and its <see cref="ReportingPeriod.Number"/> is its day of the
/// fiscal year (1–371).
/// </para>
/// <para>
/// Same period last year maps period, quarter, week or day <c>N</c> of fiscal year <c>Y</c> to the same
/// number in <c>Y − 1</c>; periods may differ in length when one of the years has 53 weeks. Week 53 (and
/// days 365–371) of a 53-week year have no counterpart when the previous year has 52 weeks, and the
/// comparison says so instead of guessing.
/// </para>
/// <para>Instances are immutable and thread-safe; year boundaries are cached on first use.</para>
/// </remarks>
[JsonConverter(typeof(ReportingCalendarJsonConverter))]
public sealed class RetailCalendar : ReportingCalendar
{
    private static readonly RetailCalendarOptionsValidator Validator = new();

    private readonly ConcurrentDictionary<int, FiscalYear> years = new();
    private readonly int[] weeksPerPeriod;

    /// <summary>Creates a retail calendar from its definition.</summary>
    /// <param name="options">The calendar definition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The definition is invalid; the message names every invalid field (<c>weekPattern</c>,
    /// <c>yearEndMonth</c>, ...) and its allowed values, as <see cref="RetailCalendarOptionsValidator"/> reports them.
    /// </exception>
    public RetailCalendar(RetailCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FluentValidation.Results.ValidationResult result = Validator.Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException(
                "Invalid retail calendar definition: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)),
                nameof(options));
        }

        Options = options;
        int pattern = (int)options.WeekPattern;
        int[] quarter = [pattern / 100, pattern / 10 % 10, pattern % 10];
        weeksPerPeriod = [.. quarter, .. quarter, .. quarter, .. quarter];
    }

    /// <summary>The calendar's definition.</summary>
    public RetailCalendarOptions Options { get; }

    /// <inheritdoc/>
    public override string Name => Options.Name;

    /// <inheritdoc/>
    public override ReportingPeriod GetPeriod(LocalDate date, PeriodGrain grain)
    {
        EnsureGrain(grain);
        EnsureSupported(date, nameof(date));
        FiscalYear year = GetYearContaining(date);
        int dayOfYear = Period.DaysBetween(year.Start, date);
        return grain switch
        {
            PeriodGrain.Day => CreateDay(year, date, dayOfYear + 1),
            PeriodGrain.Week => year.Weeks[dayOfYear / 7],
            PeriodGrain.Month => year.Months[year.PeriodOfWeek[dayOfYear / 7]],
            PeriodGrain.Quarter => year.Quarters[year.PeriodOfWeek[dayOfYear / 7] / 3],
            _ => year.Period,
        };
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
                $"{period.Label} is in the first fiscal year calendar '{Name}' supports; there is no FY{previousYear}."));
        }

        FiscalYear previous = GetYear(previousYear);
        switch (period.Grain)
        {
            case PeriodGrain.Day:
                int days = previous.Weeks.Length * 7;
                if (period.Number > days)
                {
                    return PeriodComparison.None(PeriodFormat.Invariant(
                        $"{period.Label} is day {period.Number} of FY{period.FiscalYear}, in week 53 of a 53-week year; FY{previousYear} has {days} days, so there is no same day last year."));
                }

                return PeriodComparison.Found(CreateDay(previous, previous.Start.PlusDays(period.Number - 1), period.Number));
            case PeriodGrain.Week:
                if (period.Number > previous.Weeks.Length)
                {
                    return PeriodComparison.None(PeriodFormat.Invariant(
                        $"{period.Label} is week 53 of a 53-week year; FY{previousYear} has {previous.Weeks.Length} weeks, so there is no same week last year."));
                }

                return PeriodComparison.Found(previous.Weeks[period.Number - 1]);
            case PeriodGrain.Month:
                return PeriodComparison.Found(previous.Months[period.Number - 1]);
            case PeriodGrain.Quarter:
                return PeriodComparison.Found(previous.Quarters[period.Number - 1]);
            default:
                return PeriodComparison.Found(previous.Period);
        }
    }

    /// <summary>Whether <paramref name="obj"/> is a retail calendar with equal <see cref="Options"/>.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when both calendars have the same definition.</returns>
    public override bool Equals(object? obj) =>
        obj is RetailCalendar other && (ReferenceEquals(this, other) || Options.Equals(other.Options));

    /// <inheritdoc/>
    public override int GetHashCode() => Options.GetHashCode();

    private protected override IReadOnlyList<ReportingPeriod> GetPeriodsOfYear(int fiscalYear, PeriodGrain grain)
    {
        EnsureFiscalYear(fiscalYear, nameof(fiscalYear));
        FiscalYear year = GetYear(fiscalYear);
        return grain switch
        {
            PeriodGrain.Week => Array.AsReadOnly(year.Weeks),
            PeriodGrain.Month => Array.AsReadOnly(year.Months),
            PeriodGrain.Quarter => Array.AsReadOnly(year.Quarters),
            PeriodGrain.Year => Array.AsReadOnly(new[] { year.Period }),
            _ => GetPeriods(year.Period.Interval, PeriodGrain.Day),
        };
    }

    /// <summary>The last day of fiscal year <paramref name="fiscalYear"/>, by the year-end rule.</summary>
    internal LocalDate GetYearEnd(int fiscalYear)
    {
        int anchorYear = Options.FiscalYearNaming == FiscalYearNaming.StartYear ? fiscalYear + 1 : fiscalYear;
        LocalDate lastOfMonth = new LocalDate(anchorYear, Options.YearEndMonth, 1).PlusMonths(1).PlusDays(-1);

        // Days back from the month's last day to the previous (or same) year-end day of the week: 0..6.
        int back = ((int)lastOfMonth.DayOfWeek - (int)Options.YearEndDayOfWeek + 7) % 7;
        return Options.YearEndRule == RetailYearEndRule.LastDayOfWeekInMonth || back <= 3
            ? lastOfMonth.PlusDays(-back)
            : lastOfMonth.PlusDays(7 - back);
    }

    private FiscalYear GetYearContaining(LocalDate date)
    {
        // The year whose year-end month lies in the date's calendar year, or the next one when the date is
        // past that month; then step by at most one year for dates near the boundary.
        int guess = date.Year + (date.Month > Options.YearEndMonth ? 1 : 0)
            - (Options.FiscalYearNaming == FiscalYearNaming.StartYear ? 1 : 0);
        FiscalYear year = GetYear(guess);
        while (date > year.End)
        {
            year = GetYear(year.Number + 1);
        }

        while (date < year.Start)
        {
            year = GetYear(year.Number - 1);
        }

        return year;
    }

    private FiscalYear GetYear(int fiscalYear) =>
        years.GetOrAdd(fiscalYear, static (y, calendar) => new FiscalYear(calendar, y), this);

    private ReportingPeriod CreateDay(FiscalYear year, LocalDate date, int dayOfYear) =>
        new(this, PeriodGrain.Day, date.ToIsoString(), date, date, year.Number, dayOfYear, null);

    /// <summary>The cached periods of one fiscal year.</summary>
    private sealed class FiscalYear
    {
        public FiscalYear(RetailCalendar calendar, int number)
        {
            Number = number;
            Start = calendar.GetYearEnd(number - 1).PlusDays(1);
            End = calendar.GetYearEnd(number);
            int weekCount = (NodaTime.Period.DaysBetween(Start, End) + 1) / 7;
            string year = PeriodFormat.Invariant($"FY{number:D4}");

            Weeks = new ReportingPeriod[weekCount];
            for (int week = 0; week < weekCount; week++)
            {
                LocalDate start = Start.PlusWeeks(week);
                Weeks[week] = new ReportingPeriod(
                    calendar,
                    PeriodGrain.Week,
                    PeriodFormat.Invariant($"{year}-W{week + 1:D2}"),
                    start,
                    start.PlusDays(6),
                    number,
                    week + 1,
                    1);
            }

            int[] periodWeeks = (int[])calendar.weeksPerPeriod.Clone();
            if (weekCount == 53)
            {
                periodWeeks[calendar.Options.Week53Period - 1]++;
            }

            Months = new ReportingPeriod[12];
            PeriodOfWeek = new byte[weekCount];
            int firstWeek = 0;
            for (int month = 0; month < 12; month++)
            {
                int lastWeek = firstWeek + periodWeeks[month] - 1;
                Months[month] = new ReportingPeriod(
                    calendar,
                    PeriodGrain.Month,
                    PeriodFormat.Invariant($"{year}-P{month + 1:D2}"),
                    Weeks[firstWeek].Start,
                    Weeks[lastWeek].End,
                    number,
                    month + 1,
                    periodWeeks[month]);
                for (int week = firstWeek; week <= lastWeek; week++)
                {
                    PeriodOfWeek[week] = (byte)month;
                }

                firstWeek = lastWeek + 1;
            }

            Quarters = new ReportingPeriod[4];
            for (int quarter = 0; quarter < 4; quarter++)
            {
                ReportingPeriod first = Months[quarter * 3];
                ReportingPeriod last = Months[(quarter * 3) + 2];
                Quarters[quarter] = new ReportingPeriod(
                    calendar,
                    PeriodGrain.Quarter,
                    PeriodFormat.Invariant($"{year}-Q{quarter + 1}"),
                    first.Start,
                    last.End,
                    number,
                    quarter + 1,
                    first.Weeks + Months[(quarter * 3) + 1].Weeks + last.Weeks);
            }

            Period = new ReportingPeriod(calendar, PeriodGrain.Year, year, Start, End, number, 1, weekCount);
        }

        public int Number { get; }

        public LocalDate Start { get; }

        public LocalDate End { get; }

        public ReportingPeriod Period { get; }

        public ReportingPeriod[] Weeks { get; }

        public ReportingPeriod[] Months { get; }

        public ReportingPeriod[] Quarters { get; }

        /// <summary>The 0-based fiscal period of each 0-based week.</summary>
        public byte[] PeriodOfWeek { get; }
    }
}
