namespace SalesOps.Sdk.Measures;

/// <summary>The outcome of <see cref="FactValue.TryParseScaled"/>.</summary>
public enum FactValueParseStatus
{
    /// <summary>The text is a number and was converted exactly.</summary>
    Ok,

    /// <summary>The text is not a plain decimal number (letters, <c>NaN</c>, <c>Infinity</c>, exponents, blanks).</summary>
    NotANumber,

    /// <summary>The number has significant digits beyond <see cref="FactValue.DecimalPlaces"/> decimal places.</summary>
    TooManyDecimalPlaces,

    /// <summary>The number is too large for the exact representation.</summary>
    Overflow,
}
