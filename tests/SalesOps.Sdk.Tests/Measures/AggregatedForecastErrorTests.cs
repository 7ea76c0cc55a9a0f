using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>Pre-aggregated facts never report a silent zero forecast error.</summary>
public class AggregatedForecastErrorTests
{
    private static readonly FactSchema Schema = new(["store"], [StandardMeasures.ForecastUnits, StandardMeasures.UnitsSold]);

    [Fact]
    public void Add_FactCoveringSeveralRowsWithoutForecastAbsError_IsRefusedNamingTheColumn()
    {
        var aggregator = new FactAggregator(Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);

        Action add = () => aggregator.Add(new AggregatedFact(new LocalDate(2024, 1, 1), ["S1"], [10m, 7m], 3));

        add.Should().Throw<FactDataException>().WithMessage("*forecast_abs_error*");
        aggregator.ToCube().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Add_SingleRowFacts_DeriveTheForecastErrorLikeRawRows()
    {
        var aggregator = new FactAggregator(Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);

        aggregator.Add(new AggregatedFact(new LocalDate(2024, 1, 1), ["S1"], [10m, 7m], 1));
        aggregator.Add(new AggregatedFact(new LocalDate(2024, 1, 1), ["S1"], [3m, 6m], 1));

        FactCell cell = aggregator.ToCube().Cells.Single();
        cell.GetValue("forecast_abs_error").Should().Be(6m);
        cell.GetValue("ape_rows").Should().Be(2m);
    }
}
