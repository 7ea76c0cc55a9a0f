using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>How a retail (52/53-week) fiscal year chooses its last day.</summary>
/// <remarks>
/// Both rules make every fiscal year a whole number of weeks ending on the same day of the week. A year
/// is 52 weeks (364 days) long, which lets the year end drift a day earlier each year (two after a leap
/// day); when the rule's date is a week later than 52 weeks on, the year has 53 weeks, about one year in
/// five or six.
/// </remarks>
[JsonConverter(typeof(RetailYearEndRuleJsonConverter))]
public enum RetailYearEndRule
{
    /// <summary>
    /// The year ends on the last <see cref="RetailCalendarOptions.YearEndDayOfWeek"/> of
    /// <see cref="RetailCalendarOptions.YearEndMonth"/> (for example the last Saturday of December).
    /// JSON: <c>"lastDayOfWeekInMonth"</c>.
    /// </summary>
    LastDayOfWeekInMonth,

    /// <summary>
    /// The year ends on the <see cref="RetailCalendarOptions.YearEndDayOfWeek"/> nearest the last day of
    /// <see cref="RetailCalendarOptions.YearEndMonth"/>, which may fall up to 3 days into the next month
    /// (the NRF rule: the Saturday nearest 31 January). JSON: <c>"nearestEndOfMonth"</c>.
    /// </summary>
    NearestEndOfMonth,
}
