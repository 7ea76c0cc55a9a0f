using System.Globalization;
using System.Text;

namespace SalesOps.Cli.Report;

/// <summary>Escaping and number formatting for the HTML report and its SVG charts.</summary>
internal static class Html
{
    /// <summary>Escapes text for HTML and SVG element content and attribute values (&amp; &lt; &gt; &quot; &#39;).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A coordinate for SVG: invariant culture, at most two decimals.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A table of escaped cells. <paramref name="numericColumns"/> are right-aligned (default: every column but the
    /// first, a label); the others are left-aligned text.
    /// </summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null, IReadOnlyCollection<int>? numericColumns = null)
    {
        var html = new StringBuilder();
        html.Append("<table").Append(cssClass is null ? string.Empty : $" class=\"{Escape(cssClass)}\"").Append("><thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(Escape(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (IReadOnlyList<string> row in rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                bool numeric = numericColumns?.Contains(i) ?? i > 0;
                html.Append(numeric ? "<td class=\"num\">" : "<td>").Append(Escape(row[i])).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }
}
