namespace SalesOps.Sdk.Planning;

/// <summary>How a day on which an item has no fact row counts in its demand history.</summary>
public enum MissingDayTreatment
{
    /// <summary>
    /// The day is not observed: it is left out of the item's history (default). Right for feeds that write a row per
    /// item per day, where a missing row means missing data, not a day without sales.
    /// </summary>
    NotObserved,

    /// <summary>
    /// The day is a zero-sales day: every date from the data's first to its last date counts, with 0 units when the item
    /// has no row. Right for feeds that only write rows for days with sales.
    /// </summary>
    ZeroSales,
}
