using System.Globalization;
using System.Text.Json;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Metrics;

/// <summary>The KPI pack against values an independent implementation computed for the shared fixtures.</summary>
public class KpiPackFixtureTests
{
    private static readonly HashSet<string> MoneyAndCounts = ["revenue", "units_sold", "cogs", "gross_margin", "ending_inventory_units"];

    [Theory]
    [InlineData("retail_small.gregorian-month.json", "gregorian", PeriodGrain.Month)]
    [InlineData("retail_small.gregorian-quarter.json", "gregorian", PeriodGrain.Quarter)]
    [InlineData("retail_small.nrf-454-month.json", "nrf-454", PeriodGrain.Month)]
    public void Evaluate_RetailSmall_MatchesIndependentValues(string expectedFile, string calendarName, PeriodGrain grain)
    {
        ReportingCalendar calendar = ReportingCalendars.FromName(calendarName);
        FactCube cube = Fixtures.Cube("retail_small.csv", calendar, grain).Total();
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(cube, StandardMetrics.KpiPack);

        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(Fixtures.PathOf(expectedFile)));
        JsonElement[] periods = [.. expected.RootElement.GetProperty("periods").EnumerateArray()];

        results.Rows.Should().HaveCount(periods.Length);
        for (int i = 0; i < periods.Length; i++)
        {
            MetricResultRow row = results.Rows[i];
            row.Period.Label.Should().Be(periods[i].GetProperty("period").GetString());
            row.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture).Should().Be(periods[i].GetProperty("start").GetString());
            row.Period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture).Should().Be(periods[i].GetProperty("end").GetString());
            foreach (JsonProperty kpi in periods[i].GetProperty("kpis").EnumerateObject())
            {
                MetricResult actual = row[kpi.Name];
                if (kpi.Value.ValueKind == JsonValueKind.Null)
                {
                    actual.Value.Should().BeNull($"{kpi.Name} in {row.Period.Label} is null in the fixture");
                    actual.Reason.Should().NotBeNullOrWhiteSpace();
                    continue;
                }

                actual.Value.Should().NotBeNull($"{kpi.Name} in {row.Period.Label}: {actual.Reason}");
                if (MoneyAndCounts.Contains(kpi.Name))
                {
                    actual.Value!.Value.Should().Be(kpi.Value.GetDecimal(), $"{kpi.Name} in {row.Period.Label} is exact");
                }
                else
                {
                    double want = kpi.Value.GetDouble();
                    double got = (double)actual.Value!.Value;
                    Math.Abs(got - want).Should().BeLessThanOrEqualTo(1e-9 * Math.Max(1e-12, Math.Abs(want)), $"{kpi.Name} in {row.Period.Label}");
                }
            }
        }
    }
}
