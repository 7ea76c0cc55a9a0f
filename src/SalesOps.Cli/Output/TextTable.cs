using System.Globalization;
using System.Text;
using SalesOps.Sdk.Measures;

namespace SalesOps.Cli;

/// <summary>Plain fixed-width text tables for terminal output.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        int[] widths = [.. headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)))];
        var text = new StringBuilder();
        AppendRow(text, headers, widths);
        text.AppendJoin("  ", widths.Select(w => new string('-', w))).Append('\n');
        foreach (string[] row in rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>A value for a table cell: money and counts with 2 decimals, ratios with 4, "n/a" for none.</summary>
    public static string Number(decimal? value, MeasureUnit unit) => value switch
    {
        null => "n/a",
        { } v when unit is MeasureUnit.Currency => v.ToString("#,##0.00", CultureInfo.InvariantCulture),
        { } v when unit is MeasureUnit.Count => v.ToString("#,##0.##", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append("  ");
            }

            // First column left-aligned (labels), the rest right-aligned (numbers).
            text.Append(i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]));
        }

        text.Append('\n');
    }
}
