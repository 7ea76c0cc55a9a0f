using System.Collections.Immutable;
using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Orleans.Tests.TestData;

namespace SalesOps.Sdk.Orleans.Tests;

[Collection(ClusterGroup.Name)]
public class FactPartitionGrainTests(ClusterFixture fixture)
{
    private static readonly FactSchema Schema = new(["store"], [StandardMeasures.Revenue, StandardMeasures.OnHandUnits]);

    [Fact]
    public async Task AddBatchAsync_SameBatchTwice_CountsItOnce()
    {
        IFactPartitionGrain grain = NewGrain();
        await grain.StartAsync(new FactPartitionSpec(Schema, Gregorian, PeriodGrain.Month));

        FactBatchStatus first = await grain.AddBatchAsync(Batch(0));
        FactBatchStatus second = await grain.AddBatchAsync(Batch(0));
        FactBatchStatus third = await grain.AddBatchAsync(Batch(1));

        first.Should().Be(FactBatchStatus.Applied);
        second.Should().Be(FactBatchStatus.Duplicate);
        third.Should().Be(FactBatchStatus.Applied);
        FactPartitionState state = (await grain.GetStateAsync())!;
        state.BatchCount.Should().Be(2);
        state.RowCount.Should().Be(4);
        FactCell cell = FactCube.FromSnapshot(state.Snapshot, Gregorian).Total().Cells.Single();
        cell.GetValue("revenue").Should().Be(2 * (10.5m + 2.25m));
        cell.GetValue("on_hand_units").Should().Be(2 * (7m + 3m) / 2);
        (await grain.StartAsync(new FactPartitionSpec(Schema, Gregorian, PeriodGrain.Month))).Should().Equal(0L, 1L);
    }

    [Fact]
    public async Task AddBatchAsync_BeforeStart_IsNotStartedAndGetStateIsNull()
    {
        IFactPartitionGrain grain = NewGrain();

        (await grain.AddBatchAsync(Batch(0))).Should().Be(FactBatchStatus.NotStarted);
        (await grain.GetStateAsync()).Should().BeNull();
    }

    [Fact]
    public async Task StartAsync_DifferentSpecification_Throws()
    {
        IFactPartitionGrain grain = NewGrain();
        await grain.StartAsync(new FactPartitionSpec(Schema, Gregorian, PeriodGrain.Month));

        Func<Task> act = () => grain.StartAsync(new FactPartitionSpec(Schema, Gregorian, PeriodGrain.Week));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("Partition '*' was started as gregorian Month *, not gregorian Week *.");
    }

    [Fact]
    public async Task AddBatchAsync_MalformedBatch_ThrowsAndAddsNothing()
    {
        IFactPartitionGrain grain = NewGrain();
        await grain.StartAsync(new FactPartitionSpec(Schema, Gregorian, PeriodGrain.Month));
        FactBatch bad = new()
        {
            Sequence = 0,
            DayNumbers = [Day(2024, 3, 1)],
            DimensionValues = ["S1"],
            DimensionCodes = [0],
            ScaledValues = [1],
        };

        Func<Task> act = () => grain.AddBatchAsync(bad);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("Batch 0 of 1 rows needs 1 dimension codes and 2 values, not 1 and 1.*");
        (await grain.GetStateAsync())!.BatchCount.Should().Be(0);
    }

    private IFactPartitionGrain NewGrain() => fixture.Client.GetGrain<IFactPartitionGrain>($"test/{Guid.NewGuid():N}");

    private static FactBatch Batch(long sequence) => new()
    {
        Sequence = sequence,
        DayNumbers = [Day(2024, 3, 1), Day(2024, 3, 2)],
        DimensionValues = ["S1", "S2"],
        DimensionCodes = [0, 1],
        ScaledValues = [105_000, 70_000, 22_500, 30_000],
    };

    private static int Day(int year, int month, int day) => new LocalDate(year, month, day).ToDateOnly().DayNumber;
}
