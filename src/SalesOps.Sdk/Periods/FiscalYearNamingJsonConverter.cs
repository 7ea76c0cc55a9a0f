namespace SalesOps.Sdk.Periods;

/// <summary>Reads and writes a <see cref="FiscalYearNaming"/> as <c>"endYear"</c> or <c>"startYear"</c>.</summary>
internal sealed class FiscalYearNamingJsonConverter : NamedEnumJsonConverter<FiscalYearNaming>
{
    /// <summary>Creates the converter.</summary>
    public FiscalYearNamingJsonConverter()
        : base(
            "fiscalYearNaming",
            (FiscalYearNaming.EndYear, "endYear"),
            (FiscalYearNaming.StartYear, "startYear"))
    {
    }
}
