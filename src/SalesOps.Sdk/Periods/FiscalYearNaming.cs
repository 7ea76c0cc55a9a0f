using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>Which calendar year gives a retail fiscal year its number.</summary>
/// <remarks>
/// A fiscal year's last day is set by its year-end month (see <see cref="RetailYearEndRule"/>); the naming
/// says in which calendar year that month lies for fiscal year <c>N</c>.
/// </remarks>
[JsonConverter(typeof(FiscalYearNamingJsonConverter))]
public enum FiscalYearNaming
{
    /// <summary>
    /// Fiscal year <c>N</c> ends by the year-end month of calendar year <c>N</c>: with a December year end,
    /// FY2024 runs from about 1 January 2024 to about 31 December 2024. JSON: <c>"endYear"</c>.
    /// </summary>
    EndYear,

    /// <summary>
    /// Fiscal year <c>N</c> ends by the year-end month of calendar year <c>N + 1</c>, so it is named after the
    /// calendar year it starts in when the year ends early in the calendar year (the NRF rule: FY2023 runs
    /// from 2023-01-29 to 2024-02-03). JSON: <c>"startYear"</c>.
    /// </summary>
    StartYear,
}
