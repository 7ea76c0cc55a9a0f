using System.Runtime.CompilerServices;
using NodaTime;

namespace SalesOps.Sdk.IO;

/// <summary>Parses ISO <c>yyyy-MM-dd</c> dates from characters without allocating.</summary>
internal static class IsoDate
{
    /// <summary>The length of a valid date text: <c>yyyy-MM-dd</c>.</summary>
    public const int Length = 10;

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Parses a date; on failure <paramref name="problem"/> says why (after the quoted value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date, out string? problem)
    {
        date = default;
        problem = null;
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day))
        {
            problem = "is not a date in the form yyyy-MM-dd";
            return false;
        }

        if (year < 1)
        {
            problem = "is not a valid date: years run from 0001 to 9999";
            return false;
        }

        if (month is < 1 or > 12)
        {
            problem = $"is not a valid date: there is no month {month}";
            return false;
        }

        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            problem = $"is not a valid date: {MonthNames[month - 1]} {year:D4} has {days} days";
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
