using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

public partial class FactCubeTests
{
    [Fact]
    public void Slice_MiddlePeriods_KeepsExactlyTheirCells()
    {
        FactCube cube = Aggregate(RandomRows(2_000, 21), PeriodGrain.Month);
        cube.Periods.Length.Should().BeGreaterThan(3);

        FactCube slice = cube.Slice(cube.Periods[1], cube.Periods[2]);

        slice.Periods.Should().Equal(cube.Periods[1], cube.Periods[2]);
        slice.Cells.Should().Equal(cube.Cells.Where(c => c.Period == cube.Periods[1] || c.Period == cube.Periods[2]));
        slice.Dimensions.Should().Equal(cube.Dimensions);
        slice.Calendar.Should().BeSameAs(cube.Calendar);
        slice.Grain.Should().Be(PeriodGrain.Month);
    }

    [Fact]
    public void Slice_OfTotal_EqualsTotalOfSlice()
    {
        FactCube cube = Aggregate(RandomRows(2_000, 22), PeriodGrain.Month);
        ReportingPeriod first = cube.Periods[1];
        ReportingPeriod last = cube.Periods[^1];

        cube.Total().Slice(first, last).Should().Be(cube.Slice(first, last).Total());
        cube.Total().Slice(first, last).Dimensions.Should().BeEmpty();
    }

    [Fact]
    public void Slice_AllPeriods_EqualsTheCube()
    {
        FactCube cube = Aggregate(RandomRows(1_000, 23), PeriodGrain.Week);

        cube.Slice(cube.Periods[0], cube.Periods[^1]).Should().Be(cube);
    }

    [Fact]
    public void Slice_LastBeforeFirst_ThrowsNamingBothPeriods()
    {
        FactCube cube = Aggregate(RandomRows(1_000, 24), PeriodGrain.Month);

        Action act = () => cube.Slice(cube.Periods[2], cube.Periods[1]);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"The last period {cube.Periods[1].Label} starts before the first period {cube.Periods[2].Label}.*")
            .Which.ParamName.Should().Be("last");
    }

    [Fact]
    public void Slice_NullPeriod_Throws()
    {
        FactCube cube = Aggregate(RandomRows(100, 25), PeriodGrain.Month);

        ((Action)(() => cube.Slice(null!, cube.Periods[0]))).Should().Throw<ArgumentNullException>();
        ((Action)(() => cube.Slice(cube.Periods[0], null!))).Should().Throw<ArgumentNullException>();
    }
}
