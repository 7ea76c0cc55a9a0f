namespace SalesOps.Sdk.Measures;

/// <summary>
/// How a measure combines the dates of a period. Across segments every measure is summed; across time a
/// flow is summed and a stock (semi-additive measure) takes one of the other rules.
/// </summary>
public enum TimeAggregation
{
    /// <summary>A flow: summed over the dates (revenue, units sold, COGS).</summary>
    Sum,

    /// <summary>A stock: the mean over the dates that have rows of the per-date total (average inventory).</summary>
    Average,

    /// <summary>A stock: the total on the last date of the period that has rows (ending inventory).</summary>
    Last,

    /// <summary>A stock: the total on the first date of the period that has rows (opening inventory).</summary>
    First,

    /// <summary>A stock: the smallest per-date total over the dates that have rows.</summary>
    Min,

    /// <summary>A stock: the largest per-date total over the dates that have rows.</summary>
    Max,
}
