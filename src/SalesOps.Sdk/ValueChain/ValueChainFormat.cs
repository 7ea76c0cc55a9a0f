using System.Globalization;

namespace SalesOps.Sdk.ValueChain;

/// <summary>Invariant-culture number formatting for the value-chain explanations.</summary>
internal static class ValueChainFormat
{
    public static string Value(decimal? value) =>
        value is { } v ? decimal.Round(v, 4, MidpointRounding.ToEven).ToString("0.####", CultureInfo.InvariantCulture) : "n/a";

    public static string Change(decimal change, ChangeBasis basis, bool signed = true)
    {
        string sign = signed && change > 0 ? "+" : string.Empty;
        return basis == ChangeBasis.Relative
            ? sign + (decimal.Round(change * 100m, 1, MidpointRounding.ToEven)).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : sign + decimal.Round(change, 4, MidpointRounding.ToEven).ToString("0.####", CultureInfo.InvariantCulture);
    }
}
