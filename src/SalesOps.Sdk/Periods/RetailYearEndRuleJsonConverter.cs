namespace SalesOps.Sdk.Periods;

/// <summary>Reads and writes a <see cref="RetailYearEndRule"/> as <c>"lastDayOfWeekInMonth"</c> or <c>"nearestEndOfMonth"</c>.</summary>
internal sealed class RetailYearEndRuleJsonConverter : NamedEnumJsonConverter<RetailYearEndRule>
{
    /// <summary>Creates the converter.</summary>
    public RetailYearEndRuleJsonConverter()
        : base(
            "yearEndRule",
            (RetailYearEndRule.LastDayOfWeekInMonth, "lastDayOfWeekInMonth"),
            (RetailYearEndRule.NearestEndOfMonth, "nearestEndOfMonth"))
    {
    }
}
