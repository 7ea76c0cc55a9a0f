using NodaTime;

namespace SalesOps.Sdk.Periods;

/// <summary>Reads and writes the year-end <see cref="IsoDayOfWeek"/> as a lower-case English day name (<c>"saturday"</c>).</summary>
internal sealed class IsoDayOfWeekJsonConverter : NamedEnumJsonConverter<IsoDayOfWeek>
{
    /// <summary>Creates the converter.</summary>
    public IsoDayOfWeekJsonConverter()
        : base(
            "yearEndDayOfWeek",
            (IsoDayOfWeek.Monday, "monday"),
            (IsoDayOfWeek.Tuesday, "tuesday"),
            (IsoDayOfWeek.Wednesday, "wednesday"),
            (IsoDayOfWeek.Thursday, "thursday"),
            (IsoDayOfWeek.Friday, "friday"),
            (IsoDayOfWeek.Saturday, "saturday"),
            (IsoDayOfWeek.Sunday, "sunday"))
    {
    }
}
