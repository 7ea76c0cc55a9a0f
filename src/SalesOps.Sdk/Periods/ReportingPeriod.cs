using System.Text.Json.Serialization;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// One period of a <see cref="ReportingCalendar"/>: a day, week, month (fiscal period), quarter or year,
/// with its label, first and last date and position in its fiscal year.
/// </summary>
/// <remarks>
/// <para>
/// Periods are immutable and are only created by calendars (<see cref="ReportingCalendar.GetPeriod"/>,
/// <see cref="ReportingCalendar.GetPeriods(DateInterval, PeriodGrain)"/>, <see cref="ReportingCalendar.GetFiscalYear"/>).
/// Two periods are equal when they have the same calendar <see cref="ReportingCalendar.Name"/>, grain, start
/// and end. Periods are ordered by <see cref="Start"/>, then grain (finer first), then <see cref="End"/>,
/// then calendar name (ordinal).
/// </para>
/// <para>
/// Periods round-trip through <c>System.Text.Json</c> as
/// <c>{"calendar":"nrf-454","grain":"month","label":"FY2023-P12","start":"2023-12-31","end":"2024-02-03",...}</c>;
/// reading rebuilds the period from its calendar and rejects one the calendar does not have.
/// </para>
/// <para>Instances are thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    internal ReportingPeriod(
        ReportingCalendar calendar,
        PeriodGrain grain,
        string label,
        LocalDate start,
        LocalDate end,
        int fiscalYear,
        int number,
        int? weeks)
    {
        Calendar = calendar;
        Grain = grain;
        Label = label;
        Interval = new DateInterval(start, end);
        FiscalYear = fiscalYear;
        Number = number;
        Weeks = weeks;
    }

    /// <summary>The calendar this period belongs to.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The size of the period.</summary>
    public PeriodGrain Grain { get; }

    /// <summary>
    /// The period's label, unique within its calendar and grain: <c>2024-01</c>, <c>2024-Q1</c>, <c>2024</c>,
    /// <c>2024-W05</c>, <c>2024-01-05</c> (Gregorian); <c>FY2024-P01</c>, <c>FY2024-Q1</c>, <c>FY2024</c>,
    /// <c>FY2024-W01</c>, <c>2024-02-04</c> (retail; a day is labelled with its ISO date).
    /// </summary>
    public string Label { get; }

    /// <summary>The first date of the period (inclusive).</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>The last date of the period (inclusive).</summary>
    public LocalDate End => Interval.End;

    /// <summary>
    /// The fiscal year the period belongs to: 2024 for <c>FY2024-P01</c> and for <c>2024-01</c>. For a
    /// Gregorian week it is the ISO week-year (<c>2026-W01</c> starts on 2025-12-29 and has fiscal year 2026).
    /// </summary>
    public int FiscalYear { get; }

    /// <summary>
    /// The 1-based position of the period within its fiscal year: month or fiscal period 1–12,
    /// quarter 1–4, week 1–53, day 1–371 (day of the fiscal year), and 1 for a year.
    /// </summary>
    public int Number { get; }

    /// <summary>The dates of the period, first to last inclusive.</summary>
    public DateInterval Interval { get; }

    /// <summary>The number of days in the period.</summary>
    public int Days => Interval.Length;

    /// <summary>
    /// The number of whole weeks in the period: set for every retail week, period, quarter and year and for
    /// Gregorian (ISO) weeks (1); <see langword="null"/> for days and for Gregorian months, quarters and years.
    /// </summary>
    public int? Weeks { get; }

    /// <summary>The period of the same grain that starts the day after this one ends.</summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">The next period is outside the dates the calendar supports.</exception>
    public ReportingPeriod Next()
    {
        LocalDate last = Calendar.SupportedDates.End;
        if (End >= last)
        {
            throw new InvalidOperationException(
                $"{Label} is the last {Grain.ToLabel()} calendar '{Calendar.Name}' supports (dates up to {last.ToIsoString()}).");
        }

        return Calendar.GetPeriod(End.PlusDays(1), Grain);
    }

    /// <summary>The period of the same grain that ends the day before this one starts.</summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="InvalidOperationException">The previous period is outside the dates the calendar supports.</exception>
    public ReportingPeriod Previous()
    {
        LocalDate first = Calendar.SupportedDates.Start;
        if (Start <= first)
        {
            throw new InvalidOperationException(
                $"{Label} is the first {Grain.ToLabel()} calendar '{Calendar.Name}' supports (dates from {first.ToIsoString()}).");
        }

        return Calendar.GetPeriod(Start.PlusDays(-1), Grain);
    }

    /// <summary>Whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Interval.Contains(date);

    /// <summary>Whether this period has the same calendar name, grain, start and end as <paramref name="other"/>.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns><see langword="true"/> when the periods are equal.</returns>
    public bool Equals(ReportingPeriod? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Grain == other.Grain
                && Start == other.Start
                && End == other.End
                && string.Equals(Calendar.Name, other.Calendar.Name, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Calendar.Name), Grain, Start, End);

    /// <summary>Orders periods by start, then grain (finer first), then end, then calendar name.</summary>
    /// <param name="other">The period to compare with; <see langword="null"/> sorts first.</param>
    /// <returns>Negative, zero or positive as this period sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }

        int result = Start.CompareTo(other.Start);
        if (result == 0)
        {
            result = Grain.CompareTo(other.Grain);
        }

        if (result == 0)
        {
            result = End.CompareTo(other.End);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(Calendar.Name, other.Calendar.Name);
        }

        return result;
    }

    /// <summary>Returns the <see cref="Label"/>.</summary>
    /// <returns>The label, such as <c>FY2024-P01</c>.</returns>
    public override string ToString() => Label;

    /// <summary>Whether two periods are equal (see <see cref="Equals(ReportingPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal or both <see langword="null"/>.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two periods differ (see <see cref="Equals(ReportingPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
