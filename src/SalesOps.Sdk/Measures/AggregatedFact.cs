using NodaTime;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// One pre-aggregated figure set: the totals of a date and a segment, and how many source rows they cover.
/// </summary>
/// <param name="Date">The date the figures belong to.</param>
/// <param name="DimensionValues">One value per schema dimension.</param>
/// <param name="Values">One total per schema measure, in schema order.</param>
/// <param name="RowCount">The number of source rows aggregated (1 or more).</param>
public sealed record AggregatedFact(LocalDate Date, IReadOnlyList<string> DimensionValues, IReadOnlyList<decimal> Values, long RowCount);
