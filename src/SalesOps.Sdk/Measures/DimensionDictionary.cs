namespace SalesOps.Sdk.Measures;

/// <summary>Dictionary encoding of one dimension's values: value ↔ dense integer code.</summary>
internal sealed class DimensionDictionary
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    public DimensionDictionary()
    {
        _spanLookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }
#endif

    public int Count => _values.Count;

    public int Encode(string value)
    {
        if (_codes.TryGetValue(value, out int code))
        {
            return code;
        }

        code = _values.Count;
        _codes.Add(value, code);
        _values.Add(value);
        return code;
    }

    public int Encode(ReadOnlySpan<char> value)
    {
#if NET9_0_OR_GREATER
        if (_spanLookup.TryGetValue(value, out int code))
        {
            return code;
        }
#endif
        return Encode(value.ToString());
    }

    public string Decode(int code) => _values[code];

    /// <summary>The rank of every code when the values are ordered ordinally (distinct values, so distinct ranks).</summary>
    public int[] OrdinalRanks()
    {
        string[] values = [.. _values];
        int[] codes = new int[values.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = i;
        }

        Array.Sort(values, codes, StringComparer.Ordinal);
        int[] ranks = new int[codes.Length];
        for (int rank = 0; rank < codes.Length; rank++)
        {
            ranks[codes[rank]] = rank;
        }

        return ranks;
    }
}
