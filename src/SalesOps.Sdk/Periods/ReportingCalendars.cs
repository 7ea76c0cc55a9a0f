using System.Diagnostics.CodeAnalysis;

namespace SalesOps.Sdk.Periods;

/// <summary>The preset calendars, by name.</summary>
/// <remarks>
/// Preset names: <c>gregorian</c> (<see cref="GregorianCalendar"/>), <c>nrf-454</c> (the US National Retail
/// Federation 4-5-4 calendar), <c>445</c>, <c>454</c>, <c>544</c>. Names are matched ignoring case and
/// surrounding white space.
/// </remarks>
public static class ReportingCalendars
{
    private static readonly ReportingCalendar[] Presets = [GregorianCalendar.Instance];

    /// <summary>The Gregorian calendar with ISO weeks (<c>gregorian</c>).</summary>
    public static ReportingCalendar Gregorian => GregorianCalendar.Instance;

    /// <summary>The names of the preset calendars, in the order they are documented.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = Array.AsReadOnly(Presets.Select(c => c.Name).ToArray());

    /// <summary>The preset calendar named <paramref name="name"/>.</summary>
    /// <param name="name">A preset name such as <c>gregorian</c> or <c>nrf-454</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a preset name; the message lists the allowed names.</exception>
    public static ReportingCalendar FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TryFromName(name, out ReportingCalendar? calendar))
        {
            return calendar;
        }

        throw new ArgumentException(UnknownNameMessage(name), nameof(name));
    }

    /// <summary>Looks up the preset calendar named <paramref name="name"/>.</summary>
    /// <param name="name">A preset name such as <c>gregorian</c> or <c>nrf-454</c>.</param>
    /// <param name="calendar">The calendar when found.</param>
    /// <returns>Whether <paramref name="name"/> is a preset name.</returns>
    public static bool TryFromName(string? name, [NotNullWhen(true)] out ReportingCalendar? calendar)
    {
        string? key = name?.Trim();
        calendar = Presets.FirstOrDefault(c => string.Equals(c.Name, key, StringComparison.OrdinalIgnoreCase));
        return calendar is not null;
    }

    /// <summary>The message for an unknown calendar name, listing the allowed names.</summary>
    internal static string UnknownNameMessage(string? name) =>
        $"Unknown calendar '{name}'; allowed values: {string.Join(", ", PresetNames)}.";
}
