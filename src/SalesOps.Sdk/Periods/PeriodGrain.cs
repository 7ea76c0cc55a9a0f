using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>The size of a reporting period.</summary>
/// <remarks>
/// In JSON a grain is written in lower case: <c>"day"</c>, <c>"week"</c>, <c>"month"</c>, <c>"quarter"</c>,
/// <c>"year"</c>. In a retail calendar <see cref="Month"/> is the fiscal period (4 or 5 weeks).
/// </remarks>
[JsonConverter(typeof(PeriodGrainJsonConverter))]
public enum PeriodGrain
{
    /// <summary>One day.</summary>
    Day,

    /// <summary>One week: an ISO-8601 week (Monday to Sunday) in the Gregorian calendar, a fiscal week in a retail calendar.</summary>
    Week,

    /// <summary>A calendar month in the Gregorian calendar; a fiscal period of 4 or 5 (or, in a 53-week year, 5 or 6) weeks in a retail calendar.</summary>
    Month,

    /// <summary>Three months or three fiscal periods.</summary>
    Quarter,

    /// <summary>A calendar year or a fiscal year.</summary>
    Year,
}
