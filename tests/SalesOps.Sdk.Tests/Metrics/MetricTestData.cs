using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Metrics;

/// <summary>A hand-written row of a tiny data set: date, sku and one value per column.</summary>
internal sealed record TestRow(string Date, string Sku, params decimal[] Values);

/// <summary>Builds tiny hand-computed fact cubes (Gregorian calendar, months, one <c>sku</c> dimension).</summary>
internal static class MetricTestData
{
    public static FactCube Cube(string[] columns, params TestRow[] rows)
    {
        MeasureDefinition[] measures = [.. columns.Select(c => MeasureCatalog.Standard.Contains(c)
            ? MeasureCatalog.Standard[c]
            : MeasureDefinition.Flow(c, c, MeasureUnit.Count))];
        var schema = new FactSchema(["sku"], measures);
        var source = new InMemoryFactRowSource(
            schema,
            rows.Select(r => new FactRow(Fixtures.Date(r.Date), [r.Sku], r.Values)));
        return FactAggregation.FromRows(source, ReportingCalendars.Gregorian, PeriodGrain.Month);
    }

    /// <summary>Evaluates one metric of the standard catalog over the total of the cube; the results by period.</summary>
    public static IReadOnlyList<MetricResult> EvaluateTotal(FactCube cube, string metricId, MetricCatalog? catalog = null)
    {
        FactCube total = cube.Total();
        MetricResultSet results = new MetricEngine(catalog ?? MetricCatalog.Standard).Evaluate(total, [metricId]);
        return results.Series(metricId, Segment.Total);
    }
}
