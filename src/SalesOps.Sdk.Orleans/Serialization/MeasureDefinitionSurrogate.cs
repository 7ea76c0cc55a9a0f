namespace SalesOps.Sdk.Orleans.Serialization;

/// <summary>The wire form of a <see cref="MeasureDefinition"/> inside the other surrogates (not registered on its own).</summary>
[GenerateSerializer]
[Alias("salesops.MeasureDefinition.v1")]
internal struct MeasureDefinitionSurrogate
{
    [Id(0)]
    public string Id;

    [Id(1)]
    public string DisplayName;

    [Id(2)]
    public int Unit;

    [Id(3)]
    public int TimeAggregation;

    [Id(4)]
    public string Description;

    [Id(5)]
    public bool AllowsNegative;

    [Id(6)]
    public bool IsFlag;

    public static MeasureDefinitionSurrogate From(MeasureDefinition measure) => new()
    {
        Id = measure.Id,
        DisplayName = measure.DisplayName,
        Unit = (int)measure.Unit,
        TimeAggregation = (int)measure.TimeAggregation,
        Description = measure.Description,
        AllowsNegative = measure.AllowsNegative,
        IsFlag = measure.IsFlag,
    };

    public readonly MeasureDefinition ToMeasure() =>
        new(Id, DisplayName, (MeasureUnit)Unit, (TimeAggregation)TimeAggregation, Description ?? string.Empty, AllowsNegative, IsFlag);
}
