using System.Collections.Immutable;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// An <see cref="IFactRowSource"/> over rows held in memory: for small data sets and for hosts' own tests.
/// </summary>
/// <remarks>Immutable and thread-safe; can be written any number of times.</remarks>
public sealed class InMemoryFactRowSource : IFactRowSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="schema">The dimensions and measures.</param>
    /// <param name="rows">The rows; each must match the schema.</param>
    /// <exception cref="ArgumentException">A row has the wrong number of dimension values or measure values; the message gives its index.</exception>
    public InMemoryFactRowSource(FactSchema schema, IEnumerable<FactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(rows);
        Schema = schema;
        Rows = [.. rows];
        for (int i = 0; i < Rows.Length; i++)
        {
            FactRow row = Rows[i] ?? throw new ArgumentException($"rows[{i}] is null.", nameof(rows));
            if (row.DimensionValues.Count != schema.Dimensions.Length || row.Values.Count != schema.Measures.Length)
            {
                throw new ArgumentException(
                    $"rows[{i}] has {row.DimensionValues.Count} dimension values and {row.Values.Count} measure values; the schema {schema} needs {schema.Dimensions.Length} and {schema.Measures.Length}.",
                    nameof(rows));
            }
        }
    }

    /// <inheritdoc/>
    public FactSchema Schema { get; }

    /// <summary>The rows.</summary>
    public ImmutableArray<FactRow> Rows { get; }

    /// <inheritdoc/>
    public void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<int> codes = stackalloc int[Schema.Dimensions.Length];
        var values = new decimal[Schema.Measures.Length];
        for (int r = 0; r < Rows.Length; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FactRow row = Rows[r];
            for (int d = 0; d < codes.Length; d++)
            {
                codes[d] = writer.EncodeDimension(d, row.DimensionValues[d]);
            }

            for (int m = 0; m < values.Length; m++)
            {
                values[m] = row.Values[m];
            }

            try
            {
                writer.WriteRow(row.Date, codes, values);
            }
            catch (FactDataException ex)
            {
                throw new FactDataException($"rows[{r}] ({row.Date:uuuu-MM-dd}): {ex.Message}", ex);
            }
        }
    }
}
