using NodaTime;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// Where a host streams raw fact rows (e.g. one per SKU × store × day). <see cref="FactAggregator"/> implements it.
/// </summary>
/// <remarks>
/// Dimension values are dictionary-encoded: ask <see cref="EncodeDimension"/> once per distinct value and pass the
/// codes with each row, so no row allocates.
/// </remarks>
public interface IFactRowWriter
{
    /// <summary>The code of a dimension value (the same value always gets the same code).</summary>
    /// <param name="dimension">The index of the dimension in the schema.</param>
    /// <param name="value">The dimension value, e.g. <c>SKU-0001</c>.</param>
    int EncodeDimension(int dimension, string value);

    /// <summary>Adds one row.</summary>
    /// <param name="rowDate">The date of the row.</param>
    /// <param name="dimensionCodes">One code per schema dimension, from <see cref="EncodeDimension"/>.</param>
    /// <param name="values">One value per schema measure, in schema order.</param>
    /// <exception cref="FactDataException">A value is invalid for its measure; nothing of the row was added.</exception>
    void WriteRow(LocalDate rowDate, ReadOnlySpan<int> dimensionCodes, ReadOnlySpan<decimal> values);
}
