using System.Text.Json.Serialization;

namespace SalesOps.Sdk.Periods;

/// <summary>
/// How the 13 weeks of a retail quarter split into its three fiscal periods. The numeric value spells
/// the pattern (<c>445</c>, <c>454</c>, <c>544</c>), which is also how JSON writes it.
/// </summary>
[JsonConverter(typeof(RetailWeekPatternJsonConverter))]
public enum RetailWeekPattern
{
    /// <summary>4-4-5: the third period of each quarter has 5 weeks.</summary>
    FourFourFive = 445,

    /// <summary>4-5-4: the second period of each quarter has 5 weeks (the NRF calendar).</summary>
    FourFiveFour = 454,

    /// <summary>5-4-4: the first period of each quarter has 5 weeks.</summary>
    FiveFourFour = 544,
}
