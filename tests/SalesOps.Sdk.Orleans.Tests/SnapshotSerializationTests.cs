using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Orleans.Tests.TestData;

namespace SalesOps.Sdk.Orleans.Tests;

[Collection(ClusterGroup.Name)]
public class SnapshotSerializationTests(ClusterFixture fixture)
{
    private Serializer Serializer => fixture.Client.ServiceProvider.GetRequiredService<Serializer>();

    [Theory]
    [InlineData(PeriodGrain.Day)]
    [InlineData(PeriodGrain.Month)]
    [InlineData(PeriodGrain.Year)]
    public void Serializer_FactCubeSnapshot_RoundTripsToTheSameCube(PeriodGrain grain)
    {
        FactCube cube = FactAggregation.FromRows(new InMemoryFactRowSource(GeneratedSchema, GeneratedRows(2_000, seed: 9)), Gregorian, grain);

        byte[] bytes = Serializer.SerializeToArray(cube.ToSnapshot());
        FactCubeSnapshot copy = Serializer.Deserialize<FactCubeSnapshot>(bytes)!;

        FactCube.FromSnapshot(copy, Gregorian).Should().Be(cube);
        copy.Version.Should().Be(FactCubeSnapshot.CurrentVersion);
    }

    [Fact]
    public void Serializer_FactPartitionSpec_RoundTripsACustomRetailCalendar()
    {
        ReportingCalendar calendar = ReportingCalendars.Nrf454;
        var spec = new FactPartitionSpec(GeneratedSchema, calendar, PeriodGrain.Quarter);

        FactPartitionSpec copy = Serializer.Deserialize<FactPartitionSpec>(Serializer.SerializeToArray(spec))!;

        copy.Should().Be(spec);
        copy.Schema.Measures.Should().Equal(GeneratedSchema.Measures);
    }

    [Fact]
    public void Serializer_SnapshotOfALaterVersion_IsCarriedAndRefusedByFromSnapshot()
    {
        FactCubeSnapshot snapshot = FactCube.Empty(GeneratedSchema, Gregorian, PeriodGrain.Month).ToSnapshot();
        FactCubeSnapshot later = new()
        {
            Version = 2,
            CalendarName = snapshot.CalendarName,
            Grain = snapshot.Grain,
            SchemaDimensions = snapshot.SchemaDimensions,
            SchemaMeasures = snapshot.SchemaMeasures,
            Dimensions = snapshot.Dimensions,
        };

        FactCubeSnapshot copy = Serializer.Deserialize<FactCubeSnapshot>(Serializer.SerializeToArray(later))!;
        Action act = () => FactCube.FromSnapshot(copy, Gregorian);

        act.Should().Throw<ArgumentException>().WithMessage("*version 2 is not supported; this library reads version 1.");
    }
}
