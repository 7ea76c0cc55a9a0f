using System.Text.Json;

namespace SalesOps.Sdk.Orleans.Serialization;

/// <summary>The wire form of a <see cref="FactPartitionSpec"/>: the calendar as its JSON definition.</summary>
[GenerateSerializer]
[Alias("salesops.FactPartitionSpec.v1")]
internal struct FactPartitionSpecSurrogate
{
    [Id(0)]
    public string[] Dimensions;

    [Id(1)]
    public MeasureDefinitionSurrogate[] Measures;

    [Id(2)]
    public string CalendarJson;

    [Id(3)]
    public int Grain;
}

/// <summary>Converts <see cref="FactPartitionSpec"/> to and from its surrogate.</summary>
[RegisterConverter]
internal sealed class FactPartitionSpecSurrogateConverter : IConverter<FactPartitionSpec, FactPartitionSpecSurrogate>
{
    public FactPartitionSpec ConvertFromSurrogate(in FactPartitionSpecSurrogate surrogate)
    {
        ReportingCalendar calendar = JsonSerializer.Deserialize<ReportingCalendar>(surrogate.CalendarJson)
            ?? throw new InvalidOperationException("A fact partition specification has no calendar.");
        var schema = new FactSchema(surrogate.Dimensions, surrogate.Measures.Select(m => m.ToMeasure()));
        return new FactPartitionSpec(schema, calendar, (PeriodGrain)surrogate.Grain);
    }

    public FactPartitionSpecSurrogate ConvertToSurrogate(in FactPartitionSpec value) => new()
    {
        Dimensions = [.. value.Schema.Dimensions],
        Measures = [.. value.Schema.Measures.Select(MeasureDefinitionSurrogate.From)],
        CalendarJson = JsonSerializer.Serialize(value.Calendar),
        Grain = (int)value.Grain,
    };
}
