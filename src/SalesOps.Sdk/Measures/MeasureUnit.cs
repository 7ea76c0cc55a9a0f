namespace SalesOps.Sdk.Measures;

/// <summary>The unit a measure or metric is expressed in.</summary>
public enum MeasureUnit
{
    /// <summary>An amount of money in the data set's currency.</summary>
    Currency,

    /// <summary>A count of things: units, rows, people, clients.</summary>
    Count,

    /// <summary>A number of days.</summary>
    Days,

    /// <summary>A dimensionless ratio (0.25 means 25 %).</summary>
    Ratio,

    /// <summary>A score on a scale the measure documents (e.g. satisfaction 1–5, NPS −100…100).</summary>
    Score,

    /// <summary>Hours of time (e.g. training hours).</summary>
    Hours,
}
