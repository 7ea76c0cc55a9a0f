using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public class FactCubeTests
{
    [Fact]
    public void ToCube_NoRows_KeepsTheSchemaDimensions()
    {
        FactCube empty = Aggregate([], PeriodGrain.Month);

        empty.IsEmpty.Should().BeTrue();
        empty.Dimensions.Should().Equal("sku", "store");
        empty.RollUp("sku").Dimensions.Should().Equal("sku");
    }

    [Fact]
    public void Merge_CubeOfNoRowsWithCubeOfRows_IsTheCubeOfRows()
    {
        FactCube rows = Aggregate(RandomRows(100, 3), PeriodGrain.Month);
        FactCube none = Aggregate([], PeriodGrain.Month);

        FactCube.Merge(rows, none).Should().Be(rows);
        FactCube.Merge(none, rows).Should().Be(rows);
    }
}
