using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>
/// Hands parsed rows to a writer: straight to a <see cref="FactAggregator"/> as scaled values and span-encoded
/// dimensions (no per-row allocation), or to any other <see cref="IFactRowWriter"/> as strings and decimals.
/// </summary>
internal sealed class RowSink
{
    private readonly IFactRowWriter _writer;
    private readonly FactAggregator? _aggregator;
    private readonly decimal[]? _decimals;

    public RowSink(IFactRowWriter writer, FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _aggregator = writer as FactAggregator;
        if (_aggregator is not null && !_aggregator.Schema.Equals(schema))
        {
            throw new ArgumentException($"The aggregator's schema {_aggregator.Schema} differs from the file's schema {schema}.", nameof(writer));
        }

        _decimals = _aggregator is null ? new decimal[schema.Measures.Length] : null;
    }

    public int EncodeDimension(int dimension, ReadOnlySpan<char> value) =>
        _aggregator is not null ? _aggregator.EncodeDimension(dimension, value) : _writer.EncodeDimension(dimension, value.ToString());

    public void Write(LocalDate date, ReadOnlySpan<int> codes, ReadOnlySpan<long> scaled)
    {
        if (_aggregator is not null)
        {
            _aggregator.WriteScaledRow(date, codes, scaled);
            return;
        }

        for (int i = 0; i < scaled.Length; i++)
        {
            _decimals![i] = FactValue.FromScaled(scaled[i]);
        }

        _writer.WriteRow(date, codes, _decimals);
    }
}
