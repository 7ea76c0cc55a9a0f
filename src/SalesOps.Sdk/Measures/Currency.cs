using System.Globalization;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// An ISO 4217 currency: its three-letter code and the number of digits of its minor unit
/// (2 for USD and EUR cents, 0 for JPY, 3 for KWD).
/// </summary>
/// <remarks>Immutable; equality is by code and minor-unit digits.</remarks>
public readonly record struct Currency
{
    private Currency(string code, int minorUnitDigits)
    {
        Code = code;
        MinorUnitDigits = minorUnitDigits;
    }

    /// <summary>The three-letter upper-case ISO 4217 code, e.g. <c>USD</c>.</summary>
    public string Code { get; }

    /// <summary>The number of decimal digits of the minor unit (0 to 4).</summary>
    public int MinorUnitDigits { get; }

    /// <summary>US dollar, 2 minor digits.</summary>
    public static Currency Usd { get; } = new("USD", 2);

    /// <summary>Euro, 2 minor digits.</summary>
    public static Currency Eur { get; } = new("EUR", 2);

    /// <summary>Chinese yuan renminbi, 2 minor digits.</summary>
    public static Currency Cny { get; } = new("CNY", 2);

    /// <summary>Japanese yen, no minor digits.</summary>
    public static Currency Jpy { get; } = new("JPY", 0);

    /// <summary>
    /// Creates a currency from its code and minor-unit digits.
    /// </summary>
    /// <param name="code">Three ASCII letters; stored upper-case.</param>
    /// <param name="minorUnitDigits">Digits of the minor unit, 0 to 4.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnitDigits"/> is outside [0-4].</exception>
    public static Currency Of(string code, int minorUnitDigits = 2)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"A currency code is three ASCII letters (ISO 4217), not '{code}'.", nameof(code));
        }

        if (minorUnitDigits is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(minorUnitDigits), minorUnitDigits, "Value should be in range [0-4].");
        }

        return new Currency(code.ToUpperInvariant(), minorUnitDigits);
    }

    /// <inheritdoc/>
    public override string ToString() => Code ?? string.Empty;

    /// <summary>Formats an amount of this currency with its minor digits, invariant culture.</summary>
    internal string Format(decimal amount) =>
        amount.ToString("F" + MinorUnitDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Code;
}
