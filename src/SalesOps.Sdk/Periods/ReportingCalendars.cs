using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>The preset calendars, by name.</summary>
/// <remarks>
/// Preset names: <c>gregorian</c> (<see cref="GregorianCalendar"/>), <c>nrf-454</c> (the US National Retail
/// Federation 4-5-4 calendar), <c>445</c>, <c>454</c>, <c>544</c> (<see cref="RetailCalendar"/>s ending on the
/// Saturday nearest 31 December). Names are matched ignoring case and surrounding white space. The presets
/// are immutable singletons.
/// </remarks>
public static class ReportingCalendars
{
    private static readonly RetailCalendar Nrf = new(new RetailCalendarOptions
    {
        Name = "nrf-454",
        WeekPattern = RetailWeekPattern.FourFiveFour,
        YearEndMonth = 1,
        YearEndDayOfWeek = IsoDayOfWeek.Saturday,
        YearEndRule = RetailYearEndRule.NearestEndOfMonth,
        FiscalYearNaming = FiscalYearNaming.StartYear,
        Week53Period = 12,
    });

    private static readonly RetailCalendar Retail445 = new(new RetailCalendarOptions { Name = "445", WeekPattern = RetailWeekPattern.FourFourFive });

    private static readonly RetailCalendar Retail454 = new(new RetailCalendarOptions { Name = "454", WeekPattern = RetailWeekPattern.FourFiveFour });

    private static readonly RetailCalendar Retail544 = new(new RetailCalendarOptions { Name = "544", WeekPattern = RetailWeekPattern.FiveFourFour });

    private static readonly ReportingCalendar[] Presets = [GregorianCalendar.Instance, Nrf, Retail445, Retail454, Retail544];

    /// <summary>The Gregorian calendar with ISO weeks (<c>gregorian</c>).</summary>
    public static ReportingCalendar Gregorian => GregorianCalendar.Instance;

    /// <summary>
    /// The US National Retail Federation 4-5-4 calendar (<c>nrf-454</c>): the fiscal year ends on the Saturday
    /// nearest 31 January, is named by the calendar year it starts in (FY2023 = 2023-01-29 to 2024-02-03) and
    /// gives the 53rd week to the last period (P12).
    /// </summary>
    public static ReportingCalendar Nrf454 => Nrf;

    /// <summary>
    /// The <c>445</c> preset: 4-4-5 periods, the year ending on the Saturday nearest 31 December, named by
    /// the calendar year it ends in (FY2024 = 2023-12-31 to 2024-12-28), the 53rd week in the last period.
    /// </summary>
    public static ReportingCalendar FourFourFive => Retail445;

    /// <summary>
    /// The <c>454</c> preset: 4-5-4 periods, the year ending on the Saturday nearest 31 December, named by
    /// the calendar year it ends in (FY2024 = 2023-12-31 to 2024-12-28), the 53rd week in the last period.
    /// </summary>
    public static ReportingCalendar FourFiveFour => Retail454;

    /// <summary>
    /// The <c>544</c> preset: 5-4-4 periods, the year ending on the Saturday nearest 31 December, named by
    /// the calendar year it ends in (FY2024 = 2023-12-31 to 2024-12-28), the 53rd week in the last period.
    /// </summary>
    public static ReportingCalendar FiveFourFour => Retail544;

    /// <summary>The names of the preset calendars, in the order they are documented.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = Array.AsReadOnly(Presets.Select(c => c.Name).ToArray());

    /// <summary>The preset calendar named <paramref name="name"/>.</summary>
    /// <param name="name">A preset name such as <c>gregorian</c> or <c>nrf-454</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a preset name; the message lists the allowed names.</exception>
    public static ReportingCalendar FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryFromName(name, out ReportingCalendar? calendar))
        {
            return calendar;
        }

        throw new ArgumentException(UnknownNameMessage(name), nameof(name));
    }

    /// <summary>Looks up the preset calendar named <paramref name="name"/>.</summary>
    /// <param name="name">A preset name such as <c>gregorian</c> or <c>nrf-454</c>.</param>
    /// <param name="calendar">The calendar when found.</param>
    /// <returns>Whether <paramref name="name"/> is a preset name.</returns>
    public static bool TryFromName(string? name, [NotNullWhen(true)] out ReportingCalendar? calendar)
    {
        string? key = name?.Trim();
        calendar = Presets.FirstOrDefault(c => string.Equals(c.Name, key, StringComparison.OrdinalIgnoreCase));
        return calendar is not null;
    }

    /// <summary>The message for an unknown calendar name, listing the allowed names.</summary>
    internal static string UnknownNameMessage(string? name) =>
        $"Unknown calendar '{name}'; allowed values: {string.Join(", ", PresetNames)}.";
}
