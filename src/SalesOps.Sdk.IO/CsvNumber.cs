using System.Runtime.CompilerServices;
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

    /// <summary>Parses <c>[-]digits[.digits]</c>, at most four decimals, at least one digit; anything else goes the general way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FactValueParseStatus TryParseScaled(ReadOnlySpan<char> text, out long scaled) =>
        TryParseShort(text, out scaled) ? FactValueParseStatus.Ok : TryParseGeneral(text, out scaled);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseShort(ReadOnlySpan<char> text, out long scaled)
    {
        unchecked
        {
            scaled = 0;
            int start = text.Length > 0 && text[0] == '-' ? 1 : 0;
            int dot = -1;
            ulong value = 0;
            for (int i = start; i < text.Length; i++)
            {
                uint digit = (uint)(text[i] - '0');
                if (digit <= 9)
                {
                    value = (value * 10) + digit;
                }
                else if (text[i] == '.' && dot < 0)
                {
                    dot = i;
                }
                else
                {
                    return false;
                }
            }

            int integerDigits = (dot < 0 ? text.Length : dot) - start;
            int fractionDigits = dot < 0 ? 0 : text.Length - dot - 1;
            if (integerDigits > MaxShortIntegerDigits || fractionDigits > FactValue.DecimalPlaces || integerDigits + fractionDigits == 0)
            {
                return false;
            }

            long result = (long)value * fractionDigits switch
            {
                0 => 10_000,
                1 => 1_000,
                2 => 100,
                3 => 10,
                _ => 1,
            };
            scaled = start == 0 ? result : -result;
            return true;
        }
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
