using System.Globalization;

namespace SalesOps.Sdk.Planning;

/// <summary>Square roots and conversions that keep planning arithmetic in decimal (no NaN, no infinity).</summary>
internal static class DecimalMath
{
    /// <summary>The square root of a non-negative decimal: a double estimate refined by Newton steps in decimal.</summary>
    public static decimal Sqrt(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The square root needs a value of 0 or more.");
        }

        if (value == 0m)
        {
            return 0m;
        }

        decimal x = FromDouble(Math.Sqrt((double)value));
        for (int i = 0; i < 4; i++)
        {
            decimal next = (x + (value / x)) / 2m;
            if (next == x)
            {
                break;
            }

            x = next;
        }

        return x;
    }

    /// <summary>
    /// A finite double as a decimal with all the digits of its shortest round-trip form (the plain cast keeps only 15).
    /// </summary>
    public static decimal FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers convert to decimal.");
        }

        return decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
