using System.Text.Json.Serialization;
using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// The definition of a retail (4-4-5, 4-5-4 or 5-4-4) calendar with 52- and 53-week years.
/// </summary>
/// <remarks>
/// <para>
/// The defaults describe the <c>454</c> preset: a 4-5-4 pattern, the year ending on the Saturday nearest
/// 31 December, named by the calendar year it ends in, with the 53rd week added to the last period.
/// </para>
/// <para>
/// Options are an immutable record compared by value; <see cref="RetailCalendarOptionsValidator"/> checks
/// them, and <see cref="RetailCalendar(RetailCalendarOptions)"/> throws when they are invalid. In JSON the
/// property names are camel case (<c>weekPattern</c>, <c>yearEndMonth</c>, ...).
/// </para>
/// </remarks>
public sealed record RetailCalendarOptions
{
    /// <summary>
    /// The calendar's name (<see cref="ReportingCalendar.Name"/>); required. It identifies the calendar in
    /// period equality and in JSON, so do not reuse a preset name for a different definition.
    /// </summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>How each quarter's 13 weeks split into three periods; default <see cref="RetailWeekPattern.FourFiveFour"/>.</summary>
    [JsonPropertyName("weekPattern")]
    public RetailWeekPattern WeekPattern { get; init; } = RetailWeekPattern.FourFiveFour;

    /// <summary>The month (1–12) the fiscal year ends in or nearest the end of; default 12 (December).</summary>
    [JsonPropertyName("yearEndMonth")]
    public int YearEndMonth { get; init; } = 12;

    /// <summary>The day of the week every fiscal year (and week) ends on; default <see cref="IsoDayOfWeek.Saturday"/>.</summary>
    [JsonPropertyName("yearEndDayOfWeek")]
    [JsonConverter(typeof(IsoDayOfWeekJsonConverter))]
    public IsoDayOfWeek YearEndDayOfWeek { get; init; } = IsoDayOfWeek.Saturday;

    /// <summary>How the last day of the year is chosen; default <see cref="RetailYearEndRule.NearestEndOfMonth"/>.</summary>
    [JsonPropertyName("yearEndRule")]
    public RetailYearEndRule YearEndRule { get; init; } = RetailYearEndRule.NearestEndOfMonth;

    /// <summary>Which calendar year names the fiscal year; default <see cref="FiscalYearNaming.EndYear"/>.</summary>
    [JsonPropertyName("fiscalYearNaming")]
    public FiscalYearNaming FiscalYearNaming { get; init; } = FiscalYearNaming.EndYear;

    /// <summary>
    /// The fiscal period (1–12) that gets the extra week in a 53-week year; default 12, the last period.
    /// Weeks stay numbered 1 to 53 through the year, so week 53 is always the year's last week.
    /// </summary>
    [JsonPropertyName("week53Period")]
    public int Week53Period { get; init; } = 12;
}
