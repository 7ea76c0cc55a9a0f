namespace SalesOps.Sdk.Periods;

/// <summary>Reads and writes a <see cref="RetailWeekPattern"/> as <c>"445"</c>, <c>"454"</c> or <c>"544"</c> (a number is accepted too).</summary>
internal sealed class RetailWeekPatternJsonConverter : NamedEnumJsonConverter<RetailWeekPattern>
{
    /// <summary>Creates the converter.</summary>
    public RetailWeekPatternJsonConverter()
        : base(
            "weekPattern",
            (RetailWeekPattern.FourFourFive, "445"),
            (RetailWeekPattern.FourFiveFour, "454"),
            (RetailWeekPattern.FiveFourFour, "544"))
    {
    }
}
