using NodaTime;

namespace SalesOps.Sdk.Measures;

/// <summary>One raw fact row for <see cref="InMemoryFactRowSource"/>: a date, one value per dimension, one per measure.</summary>
/// <param name="Date">The date of the row.</param>
/// <param name="DimensionValues">One value per schema dimension, in schema order.</param>
/// <param name="Values">One value per schema measure, in schema order.</param>
public sealed record FactRow(LocalDate Date, IReadOnlyList<string> DimensionValues, IReadOnlyList<decimal> Values);
