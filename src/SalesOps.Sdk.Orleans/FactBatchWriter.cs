using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SalesOps.Sdk.Orleans.Serialization;

namespace SalesOps.Sdk.Orleans;

/// <summary>
/// Cuts the rows a source writes into <see cref="FactBatch"/>es of a fixed size, numbered from 0, and hands each full
/// batch on. The same rows in the same order always give the same batches.
/// </summary>
internal sealed class FactBatchWriter : IFactRowWriter
{
    private readonly FactSchema _schema;
    private readonly int _batchSize;
    private readonly Action<FactBatch> _emit;
    private readonly List<string>[] _values;
    private readonly Dictionary<string, int>[] _codes;
    private readonly Dictionary<long, int> _local = [];
    private readonly List<string> _batchValues = [];
    private readonly List<int> _days = [];
    private readonly List<int> _batchCodes = [];
    private readonly List<long> _scaled = [];
    private long _sequence;

    public FactBatchWriter(FactSchema schema, int batchSize, Action<FactBatch> emit)
    {
        _schema = schema;
        _batchSize = batchSize;
        _emit = emit;
        _values = [.. schema.Dimensions.Select(_ => new List<string>())];
        _codes = [.. schema.Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    }

    /// <summary>The number of batches emitted so far.</summary>
    public long BatchCount => _sequence;

    /// <summary>The number of rows written so far.</summary>
    public long RowCount { get; private set; }

    public int EncodeDimension(int dimension, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if ((uint)dimension >= (uint)_values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"Value should be in range [0-{_values.Length - 1}].");
        }

        if (!_codes[dimension].TryGetValue(value, out int code))
        {
            code = _values[dimension].Count;
            _codes[dimension].Add(value, code);
            _values[dimension].Add(value);
        }

        return code;
    }

    public void WriteRow(LocalDate rowDate, ReadOnlySpan<int> dimensionCodes, ReadOnlySpan<decimal> values)
    {
        if (values.Length != _schema.Measures.Length)
        {
            throw new FactDataException($"A row needs {_schema.Measures.Length} values ({string.Join(", ", _schema.Measures.Select(m => m.Id))}), not {values.Length}.");
        }

        if (dimensionCodes.Length != _values.Length)
        {
            throw new FactDataException($"A row needs {_values.Length} dimension codes ({string.Join(", ", _schema.Dimensions)}), not {dimensionCodes.Length}.");
        }

        // The same rules the partition's aggregator applies, checked here so a bad row fails on the sender's side
        // with the row's own source (file and line) instead of failing a partition half-way.
        for (int i = 0; i < values.Length; i++)
        {
            MeasureDefinition measure = _schema.Measures[i];
            string? problem = values[i] < 0 && !measure.AllowsNegative ? "must not be negative"
                : measure.IsFlag && values[i] != 0 && values[i] != 1 ? "must be 0 or 1"
                : null;
            long scaled = 0;
            if (problem is null)
            {
                try
                {
                    scaled = FactValue.ToScaled(values[i]);
                }
                catch (Exception ex) when (ex is ArgumentException or OverflowException)
                {
                    problem = ex is OverflowException ? "is too large" : $"has more than {FactValue.DecimalPlaces} decimal places";
                }
            }

            if (problem is not null)
            {
                _scaled.RemoveRange(_scaled.Count - i, i);
                throw new FactDataException(measure.Id, values[i].ToString(CultureInfo.InvariantCulture), problem);
            }

            _scaled.Add(scaled);
        }

        for (int k = 0; k < dimensionCodes.Length; k++)
        {
            int code = dimensionCodes[k];
            if ((uint)code >= (uint)_values[k].Count)
            {
                _scaled.RemoveRange(_scaled.Count - values.Length, values.Length);
                _batchCodes.RemoveRange(_batchCodes.Count - k, k);
                throw new FactDataException(_schema.Dimensions[k], code.ToString(CultureInfo.InvariantCulture), "is not a code from EncodeDimension");
            }

            long key = ((long)k << 32) | (uint)code;
            if (!_local.TryGetValue(key, out int local))
            {
                local = _batchValues.Count;
                _batchValues.Add(_values[k][code]);
                _local.Add(key, local);
            }

            _batchCodes.Add(local);
        }

        _days.Add(FactCubeSnapshotSurrogateConverter.DayNumber(rowDate));
        RowCount++;
        if (_days.Count == _batchSize)
        {
            Flush();
        }
    }

    /// <summary>Emits the rows not yet in a batch (if any) as the last batch.</summary>
    public void Flush()
    {
        if (_days.Count == 0)
        {
            return;
        }

        var batch = new FactBatch
        {
            Sequence = _sequence++,
            DayNumbers = [.. _days],
            DimensionValues = [.. _batchValues],
            DimensionCodes = [.. _batchCodes],
            ScaledValues = [.. _scaled],
        };
        _days.Clear();
        _batchValues.Clear();
        _batchCodes.Clear();
        _scaled.Clear();
        _local.Clear();
        _emit(batch);
    }
}
