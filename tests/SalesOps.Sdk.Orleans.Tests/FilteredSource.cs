using NodaTime;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Orleans.Tests;

/// <summary>The rows of another source whose dimension values pass a filter; optionally calls back after N rows.</summary>
internal sealed class FilteredSource(IFactRowSource inner, Func<IReadOnlyList<string>, bool> filter, long callbackAfterRows = -1, Action? callback = null)
    : IFactRowSource
{
    private readonly Func<IReadOnlyList<string>, bool> _filter = filter;
    private readonly long _callbackAfterRows = callbackAfterRows;
    private readonly Action? _callback = callback;
    private int _callbacks;

    public FactSchema Schema => inner.Schema;

    public void WriteTo(IFactRowWriter writer, CancellationToken cancellationToken) =>
        inner.WriteTo(new FilteringWriter(this, writer), cancellationToken);

    private sealed class FilteringWriter(FilteredSource owner, IFactRowWriter target) : IFactRowWriter
    {
        private readonly List<string>[] _values = [.. owner.Schema.Dimensions.Select(_ => new List<string>())];
        private readonly Dictionary<string, int>[] _codes = [.. owner.Schema.Dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        private long _written;

        public int EncodeDimension(int dimension, string value)
        {
            if (!_codes[dimension].TryGetValue(value, out int code))
            {
                code = _values[dimension].Count;
                _codes[dimension][value] = code;
                _values[dimension].Add(value);
            }

            return code;
        }

        public void WriteRow(LocalDate rowDate, ReadOnlySpan<int> dimensionCodes, ReadOnlySpan<decimal> values)
        {
            var dimensionValues = new string[dimensionCodes.Length];
            for (int d = 0; d < dimensionValues.Length; d++)
            {
                dimensionValues[d] = _values[d][dimensionCodes[d]];
            }

            if (!owner._filter(dimensionValues))
            {
                return;
            }

            Span<int> codes = stackalloc int[dimensionValues.Length];
            for (int d = 0; d < codes.Length; d++)
            {
                codes[d] = target.EncodeDimension(d, dimensionValues[d]);
            }

            target.WriteRow(rowDate, codes, values);
            _written++;
            if (_written == owner._callbackAfterRows && Interlocked.Exchange(ref owner._callbacks, 1) == 0)
            {
                owner._callback?.Invoke();
            }
        }
    }
}
