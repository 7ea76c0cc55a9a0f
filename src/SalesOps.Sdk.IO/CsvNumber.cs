using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO;

/// <summary>
/// Parses measure cells into scaled values (value × <see cref="FactValue.Scale"/>): a short path for the plain form
/// almost every cell has, <see cref="FactValue.TryParseScaled"/> for everything else, so the accepted inputs, the
/// values and the failures are exactly those of <see cref="FactValue.TryParseScaled"/>.
/// </summary>
internal static class CsvNumber
{
    // At most 14 integer digits and 4 decimals: 18 digits always fit a long, so the short path cannot overflow.
    private const int MaxShortIntegerDigits = 14;

    private static ReadOnlySpan<long> FractionScale => [10_000, 1_000, 100, 10, 1];

    /// <summary>Parses <c>[-]digits[.digits]</c>, at most four decimals, at least one digit; anything else goes the general way.</summary>
    public static FactValueParseStatus TryParseScaled(ReadOnlySpan<char> text, out long scaled)
    {
        unchecked
        {
            int i = 0;
            int length = text.Length;
            bool negative = length > 0 && text[0] == '-';
            if (negative)
            {
                i = 1;
            }

            int integerStart = i;
            ulong value = 0;
            while (i < length)
            {
                uint digit = (uint)(text[i] - '0');
                if (digit > 9)
                {
                    break;
                }

                value = (value * 10) + digit;
                i++;
            }

            int integerDigits = i - integerStart;
            if (integerDigits <= MaxShortIntegerDigits)
            {
                int fractionDigits = 0;
                if (i < length && text[i] == '.')
                {
                    i++;
                    int fractionStart = i;
                    while (i < length && i - fractionStart < FactValue.DecimalPlaces)
                    {
                        uint digit = (uint)(text[i] - '0');
                        if (digit > 9)
                        {
                            break;
                        }

                        value = (value * 10) + digit;
                        i++;
                    }

                    fractionDigits = i - fractionStart;
                }

                if (i == length && integerDigits + fractionDigits > 0)
                {
                    long result = (long)value * FractionScale[fractionDigits];
                    scaled = negative ? -result : result;
                    return FactValueParseStatus.Ok;
                }
            }
        }

        return TryParseGeneral(text, out scaled);
    }

    private static FactValueParseStatus TryParseGeneral(ReadOnlySpan<char> text, out long scaled)
    {
        try
        {
            return FactValue.TryParseScaled(text, out scaled);
        }
        catch (OverflowException)
        {
            // The largest integer part with a large fraction can overflow inside the parser.
            scaled = 0;
            return FactValueParseStatus.Overflow;
        }
    }
}
