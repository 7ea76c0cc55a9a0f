using System.Globalization;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// The exact fixed-point representation of measure values: a 64-bit integer count of 1/10,000ths.
/// </summary>
/// <remarks>
/// Every measure value is stored as <c>value × 10,000</c> in a <see cref="long"/>, so money totals are exact
/// to the minor unit over any number of rows (no floating-point accumulation), and a total may reach
/// ±922,337,203,685,477.5807. A value with more than <see cref="DecimalPlaces"/> decimal places is refused,
/// never rounded silently; an overflowing total throws <see cref="OverflowException"/>.
/// </remarks>
public static class FactValue
{
    /// <summary>The number of decimal places a measure value may carry.</summary>
    public const int DecimalPlaces = 4;

    /// <summary>The fixed-point scale: 10^<see cref="DecimalPlaces"/>.</summary>
    public const long Scale = 10_000;

    /// <summary>Converts a decimal value to its scaled representation.</summary>
    /// <exception cref="ArgumentException">The value has more than <see cref="DecimalPlaces"/> decimal places.</exception>
    /// <exception cref="OverflowException">The value is too large for the scaled representation.</exception>
    public static long ToScaled(decimal value)
    {
        decimal scaled = value * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException(
                $"{value.ToString(CultureInfo.InvariantCulture)} has more than {DecimalPlaces} decimal places.", nameof(value));
        }

        return decimal.ToInt64(scaled);
    }

    /// <summary>Converts a scaled value back to a decimal.</summary>
    /// <remarks>
    /// The same value and scale as <c>new decimal(scaled) / Scale</c> (the shortest exact form, e.g. 1.5 not 1.5000),
    /// built without a decimal division.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static decimal FromScaled(long scaled)
    {
        bool negative = scaled < 0;
        ulong magnitude = negative ? unchecked(0UL - (ulong)scaled) : (ulong)scaled;
        // The fewest decimal places that keep the value (divisions by constants: no loop, no hardware divide).
        byte scale = DecimalPlaces;
        if (magnitude % 100 == 0)
        {
            magnitude /= 100;
            scale = 2;
            if (magnitude % 100 == 0)
            {
                magnitude /= 100;
                scale = 0;
            }
            else if (magnitude % 10 == 0)
            {
                magnitude /= 10;
                scale = 1;
            }
        }
        else if (magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale = 3;
        }

        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, negative && magnitude != 0, scale);
    }

    /// <summary>
    /// Parses an invariant-culture decimal number (<c>-12.5</c>, <c>0.10</c>, <c>7</c>, <c>1e3</c> is refused)
    /// straight to its scaled representation, without allocating.
    /// </summary>
    /// <param name="text">The characters of the number; surrounding spaces are not allowed.</param>
    /// <param name="scaled">The scaled value when the text is a number of at most 4 decimal places.</param>
    /// <returns>
    /// <see cref="FactValueParseStatus.Ok"/>, or why it failed: not a number, too many decimal places, too large.
    /// </returns>
    public static FactValueParseStatus TryParseScaled(ReadOnlySpan<char> text, out long scaled)
    {
        scaled = 0;
        int i = 0;
        bool negative = false;
        if (text.Length == 0)
        {
            return FactValueParseStatus.NotANumber;
        }

        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong integer = 0;
        int integerDigits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            integer = (integer * 10) + (ulong)(text[i] - '0');
            integerDigits++;
            if (integer > (ulong)(long.MaxValue / Scale))
            {
                return FactValueParseStatus.Overflow;
            }
        }

        long fraction = 0;
        int fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                if (fractionDigits == DecimalPlaces)
                {
                    if (text[i] != '0')
                    {
                        // Trailing zeros beyond four places are harmless; anything else would be lost.
                        for (int j = i; j < text.Length; j++)
                        {
                            if (!char.IsAsciiDigit(text[j]))
                            {
                                return FactValueParseStatus.NotANumber;
                            }
                        }

                        return FactValueParseStatus.TooManyDecimalPlaces;
                    }

                    continue;
                }

                fraction = (fraction * 10) + (text[i] - '0');
                fractionDigits++;
            }
        }

        if (i != text.Length || (integerDigits == 0 && fractionDigits == 0))
        {
            return FactValueParseStatus.NotANumber;
        }

        for (int pad = fractionDigits; pad < DecimalPlaces; pad++)
        {
            fraction *= 10;
        }

        if (integer == (ulong)(long.MaxValue / Scale) && fraction > long.MaxValue % Scale)
        {
            // The integer part fits but the fraction would carry past ±922,337,203,685,477.5807.
            return FactValueParseStatus.Overflow;
        }

        long value = ((long)integer * Scale) + fraction;
        scaled = negative ? -value : value;
        return FactValueParseStatus.Ok;
    }
}
