namespace SalesOps.Cli.Report;

/// <summary>One named series of a chart: a value (or none) per category, drawn in a colour.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="Colour">A CSS colour, e.g. <c>#1f77b4</c>.</param>
/// <param name="Values">One value per category; null where there is none (a gap in a line, no bar segment).</param>
internal sealed record ChartSeries(string Name, string Colour, IReadOnlyList<decimal?> Values);
