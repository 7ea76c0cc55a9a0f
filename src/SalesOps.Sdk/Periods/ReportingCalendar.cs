using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// A reporting calendar: how dates group into weeks, months (fiscal periods), quarters and fiscal years,
/// how periods are labelled, and which period a period is compared with.
/// </summary>
/// <remarks>
/// <para>
/// The implementations are <see cref="GregorianCalendar"/> and <see cref="RetailCalendar"/> (4-4-5, 4-5-4,
/// 5-4-4 with 52/53-week years); <see cref="ReportingCalendars"/> names the presets. Calendars are
/// immutable and thread-safe; they cache year boundaries internally, so <see cref="GetPeriod"/> is cheap
/// to call for many dates.
/// </para>
/// <para>
/// Calendars round-trip through <c>System.Text.Json</c>: a preset as its name (<c>"nrf-454"</c>), a custom
/// retail calendar as its <see cref="RetailCalendarOptions"/> definition.
/// </para>
/// <para>
/// Every calendar supports fiscal years <see cref="MinFiscalYear"/> to <see cref="MaxFiscalYear"/>
/// (the dates in <see cref="SupportedDates"/>); asking for a date or year outside throws
/// <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(ReportingCalendarJsonConverter))]
public abstract class ReportingCalendar
{
    /// <summary>The first fiscal year any calendar supports.</summary>
    public const int MinFiscalYear = 1;

    /// <summary>
    /// The last fiscal year any calendar supports; it leaves headroom below the end of NodaTime's date range
    /// for weeks and fiscal years that run into the next calendar year.
    /// </summary>
    public const int MaxFiscalYear = 9990;

    private DateInterval? supportedDates;

    private protected ReportingCalendar()
    {
    }

    /// <summary>
    /// The calendar's name: <c>gregorian</c>, <c>nrf-454</c>, <c>445</c>, <c>454</c>, <c>544</c> or the name of
    /// a custom retail calendar. Periods of calendars with the same name compare equal.
    /// </summary>
    public abstract string Name { get; }

    /// <summary>
    /// The dates the calendar supports: from the first day of fiscal year <see cref="MinFiscalYear"/> to the
    /// last day of fiscal year <see cref="MaxFiscalYear"/>.
    /// </summary>
    public DateInterval SupportedDates =>
        supportedDates ??= new DateInterval(
            GetFiscalYear(MinFiscalYear).Start,
            GetFiscalYear(MaxFiscalYear).End);

    /// <summary>The period of the given grain that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date in <see cref="SupportedDates"/>.</param>
    /// <param name="grain">The grain of the period.</param>
    /// <returns>The one period of that grain containing the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="date"/> is outside <see cref="SupportedDates"/>, or <paramref name="grain"/> is not a
    /// defined <see cref="PeriodGrain"/>.
    /// </exception>
    [SuppressMessage(
        "Naming",
        "CA1716:Identifiers should not match keywords",
        Justification = "'date' is the natural name and matches NodaTime; the Visual Basic keyword clash only affects VB overriders, and the hierarchy is closed.")]
    public abstract ReportingPeriod GetPeriod(LocalDate date, PeriodGrain grain);

    /// <summary>The fiscal year named <paramref name="fiscalYear"/>: <c>2024</c> or <c>FY2024</c>.</summary>
    /// <param name="fiscalYear">The fiscal year number, <see cref="MinFiscalYear"/> to <see cref="MaxFiscalYear"/>.</param>
    /// <returns>The year-grain period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is out of range.</exception>
    public abstract ReportingPeriod GetFiscalYear(int fiscalYear);

    /// <summary>
    /// The period of the previous fiscal year to compare <paramref name="period"/> with ("same period last
    /// year"), or the reason why there is none.
    /// </summary>
    /// <param name="period">A period of this calendar.</param>
    /// <returns>The comparison: a period of the same grain, or a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> belongs to another calendar.</exception>
    public abstract PeriodComparison SamePeriodLastYear(ReportingPeriod period);

    /// <summary>The ordered periods of the given grain that overlap <paramref name="interval"/>.</summary>
    /// <param name="interval">The dates to cover; must lie in <see cref="SupportedDates"/>.</param>
    /// <param name="grain">The grain of the periods.</param>
    /// <returns>
    /// The periods in date order, without gaps; the first contains <paramref name="interval"/>'s start and the
    /// last its end, so they may extend beyond the interval.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval is outside <see cref="SupportedDates"/>.</exception>
    public IReadOnlyList<ReportingPeriod> GetPeriods(DateInterval interval, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(interval);
        ReportingPeriod period = GetPeriod(interval.Start, grain);
        EnsureSupported(interval.End, nameof(interval));
        var periods = new List<ReportingPeriod> { period };
        while (period.End < interval.End)
        {
            period = GetPeriod(period.End.PlusDays(1), grain);
            periods.Add(period);
        }

        return periods.AsReadOnly();
    }

    /// <summary>
    /// The periods of the given grain that make up fiscal year <paramref name="fiscalYear"/>, in order; they
    /// tile the year without gaps or overlaps.
    /// </summary>
    /// <remarks>
    /// For the Gregorian week grain these are the ISO weeks of ISO week-year <paramref name="fiscalYear"/>
    /// (52 or 53 weeks), which may start in late December of the year before and end in early January of
    /// the year after.
    /// </remarks>
    /// <param name="fiscalYear">The fiscal year, <see cref="MinFiscalYear"/> to <see cref="MaxFiscalYear"/>.</param>
    /// <param name="grain">The grain of the periods.</param>
    /// <returns>The periods whose <see cref="ReportingPeriod.FiscalYear"/> is <paramref name="fiscalYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> or <paramref name="grain"/> is out of range.</exception>
    public IReadOnlyList<ReportingPeriod> GetPeriods(int fiscalYear, PeriodGrain grain)
    {
        EnsureGrain(grain);
        return GetPeriodsOfYear(fiscalYear, grain);
    }

    /// <summary>
    /// The period just before <paramref name="period"/> (<see cref="ReportingPeriod.Previous"/>), or the reason
    /// why there is none (the period is the first the calendar supports).
    /// </summary>
    /// <param name="period">A period of this calendar.</param>
    /// <returns>The comparison: the previous period of the same grain, or a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> belongs to another calendar.</exception>
    public PeriodComparison PreviousPeriod(ReportingPeriod period)
    {
        EnsureOwn(period);
        return period.Start <= SupportedDates.Start
            ? PeriodComparison.None(
                PeriodFormat.Invariant($"{period.Label} is the first {period.Grain.ToLabel()} calendar '{Name}' supports."))
            : PeriodComparison.Found(period.Previous());
    }

    /// <summary>Returns the <see cref="Name"/>.</summary>
    /// <returns>The calendar name.</returns>
    public override string ToString() => Name;

    /// <summary>The periods of one fiscal year at one (valid) grain.</summary>
    private protected abstract IReadOnlyList<ReportingPeriod> GetPeriodsOfYear(int fiscalYear, PeriodGrain grain);

    /// <summary>Throws unless <paramref name="period"/> belongs to this calendar.</summary>
    private protected void EnsureOwn(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!period.Calendar.Equals(this))
        {
            throw new ArgumentException(
                $"Period {period.Label} belongs to calendar '{period.Calendar.Name}', not to calendar '{Name}'.",
                nameof(period));
        }
    }

    /// <summary>Throws unless <paramref name="date"/> is in <see cref="SupportedDates"/>.</summary>
    private protected void EnsureSupported(LocalDate date, string parameterName)
    {
        DateInterval supported = SupportedDates;
        if (!supported.Contains(date))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                date,
                $"Date {date.ToIsoString()} is outside the dates calendar '{Name}' supports: {supported.Start.ToIsoString()} to {supported.End.ToIsoString()} (fiscal years {MinFiscalYear} to {MaxFiscalYear}).");
        }
    }

    /// <summary>Throws unless <paramref name="fiscalYear"/> is supported.</summary>
    private protected void EnsureFiscalYear(int fiscalYear, string parameterName)
    {
        if (fiscalYear is < MinFiscalYear or > MaxFiscalYear)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                fiscalYear,
                $"Fiscal year {fiscalYear} is outside the years calendar '{Name}' supports: {MinFiscalYear} to {MaxFiscalYear}.");
        }
    }

    /// <summary>Throws unless <paramref name="grain"/> is a defined grain.</summary>
    private protected static void EnsureGrain(PeriodGrain grain)
    {
        if (grain is < PeriodGrain.Day or > PeriodGrain.Year)
        {
            throw new ArgumentOutOfRangeException(
                nameof(grain),
                grain,
                $"Grain {(int)grain} is not defined; allowed values: {PeriodFormat.GrainNames}.");
        }
    }
}
