using FluentAssertions;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Tests.TestSupport;
using Xunit;

namespace SalesOps.Sdk.Tests.Metrics;

public sealed class MetricColumnTests
{
    private static readonly FactCube PerSku = Fixtures.Cube("retail_small.csv", ReportingCalendars.Gregorian, PeriodGrain.Month).RollUp("sku");

    [Fact]
    public void Column_EveryKpi_SameValuesAndReasonsAsTheRowsInTheSameOrder()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(PerSku, StandardMetrics.KpiPack);

        foreach (string id in StandardMetrics.KpiPack)
        {
            MetricColumn column = results.Column(id);
            column.Definition.Id.Should().Be(id);
            column.Count.Should().Be(results.Rows.Length);
            column.Values.Length.Should().Be(column.Count);
            column.MissingCount.Should().Be(results.Rows.Count(r => !r[id].IsAvailable));
            for (int row = 0; row < column.Count; row++)
            {
                MetricResult result = results.Rows[row][id];
                column[row].Should().Be(result.Value);
                column.Reason(row).Should().Be(result.Reason);
                column.HasValue(row).Should().Be(result.IsAvailable);
                (column[row] is null).Should().Be(column.Reason(row) is not null, "a row has a value or a reason");
                column.Values[row].Should().Be(result.Value ?? 0m, "a row without a value holds 0");
                results.Cube.Cells[row].Period.Should().Be(results.Rows[row].Period);
                results.Cube.Cells[row].Segment.Should().Be(results.Rows[row].Segment);
            }
        }
    }

    [Fact]
    public void Column_RevenueGrowth_FirstPeriodHasTheReasonNotAValue()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(PerSku.Total(), ["revenue_growth"]);

        MetricColumn growth = results.Column("revenue_growth");

        growth[0].Should().BeNull();
        growth.HasValue(0).Should().BeFalse();
        growth.Values[0].Should().Be(0m);
        growth.Reason(0).Should().Be("no previous period");
        growth[1].Should().NotBeNull();
        growth.HasValue(1).Should().BeTrue();
        growth.Reason(1).Should().BeNull();
        growth.MissingCount.Should().Be(1);
    }

    [Fact]
    public void Column_DependencyThatWasNotRequested_Throws()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(PerSku, ["gross_margin_rate"]);

        Action read = () => results.Column("gross_margin");

        read.Should().Throw<KeyNotFoundException>().WithMessage("Metric 'gross_margin' is not among the evaluated metrics.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Indexer_RowOutsideTheColumn_Throws(int row)
    {
        MetricColumn column = new MetricEngine(MetricCatalog.Standard).Evaluate(PerSku, ["revenue"]).Column("revenue");

        Func<decimal?> read = () => column[row];
        Func<bool> hasValue = () => column.HasValue(row);
        Func<string?> reason = () => column.Reason(row);

        read.Should().Throw<ArgumentOutOfRangeException>();
        hasValue.Should().Throw<ArgumentOutOfRangeException>();
        reason.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Column_SimpleMetric_EveryRowHasAValue()
    {
        MetricColumn column = new MetricEngine(MetricCatalog.Standard).Evaluate(PerSku, ["revenue"]).Column("revenue");

        column.MissingCount.Should().Be(0);
        column.Values.ToArray().Should().Equal(PerSku.Cells.Select(c => c.GetValue("revenue")!.Value));
    }

    [Fact]
    public void Column_EmptyCube_NoRows()
    {
        FactCube empty = FactCube.Empty(PerSku.Schema, ReportingCalendars.Gregorian, PeriodGrain.Month);

        MetricColumn column = new MetricEngine(MetricCatalog.Standard).Evaluate(empty, ["revenue"]).Column("revenue");

        column.Count.Should().Be(0);
        column.Values.Length.Should().Be(0);
    }

    [Fact]
    public void Series_UnknownSegment_EmptyAndKnownSegmentInPeriodOrder()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(PerSku, ["revenue"]);
        Segment segment = PerSku.Segments[^1];

        results.Series("revenue", new Segment(["sku"], ["no-such-sku"])).Should().BeEmpty();
        results.Series("revenue", segment).Select(r => r.Period.Start).Should().BeInAscendingOrder()
            .And.HaveCount(PerSku.Cells.Count(c => c.Segment.Equals(segment)));
    }
}
