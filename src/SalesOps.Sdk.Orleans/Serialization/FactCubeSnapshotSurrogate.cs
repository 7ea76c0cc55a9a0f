using System.Collections.Immutable;
using NodaTime;

namespace SalesOps.Sdk.Orleans.Serialization;

/// <summary>
/// The wire form of a <see cref="FactCubeSnapshot"/>: primitive arrays, dates as <see cref="DateOnly.DayNumber"/>.
/// </summary>
/// <remarks>
/// Field ids are fixed: a later layout adds fields with new ids (Orleans skips fields it does not know and leaves
/// missing ones at their defaults), and <see cref="FactCubeSnapshot.Version"/> tells the reader which layout the
/// arrays follow, so silos of two releases can exchange snapshots during a rolling upgrade.
/// </remarks>
[GenerateSerializer]
[Alias("salesops.FactCubeSnapshot.v1")]
internal struct FactCubeSnapshotSurrogate
{
    [Id(0)]
    public int Version;

    [Id(1)]
    public string CalendarName;

    [Id(2)]
    public int Grain;

    [Id(3)]
    public string[] SchemaDimensions;

    [Id(4)]
    public MeasureDefinitionSurrogate[] SchemaMeasures;

    [Id(5)]
    public string[] Dimensions;

    [Id(6)]
    public int[] PeriodStarts;

    [Id(7)]
    public string[] SegmentValues;

    [Id(8)]
    public long[] Sums;

    [Id(9)]
    public ulong[] DateBits;

    [Id(10)]
    public int[] FirstDays;

    [Id(11)]
    public int[] LastDays;

    [Id(12)]
    public long[] FirstSums;

    [Id(13)]
    public long[] LastSums;

    [Id(14)]
    public long[] DailySums;
}

/// <summary>Converts <see cref="FactCubeSnapshot"/> to and from its surrogate.</summary>
[RegisterConverter]
internal sealed class FactCubeSnapshotSurrogateConverter : IConverter<FactCubeSnapshot, FactCubeSnapshotSurrogate>
{
    public FactCubeSnapshot ConvertFromSurrogate(in FactCubeSnapshotSurrogate surrogate) => new()
    {
        Version = surrogate.Version,
        CalendarName = surrogate.CalendarName,
        Grain = (PeriodGrain)surrogate.Grain,
        SchemaDimensions = Wrap(surrogate.SchemaDimensions),
        SchemaMeasures = surrogate.SchemaMeasures is null ? default : [.. surrogate.SchemaMeasures.Select(m => m.ToMeasure())],
        Dimensions = Wrap(surrogate.Dimensions),
        PeriodStarts = surrogate.PeriodStarts is null ? default : [.. surrogate.PeriodStarts.Select(DateFromDayNumber)],
        SegmentValues = Wrap(surrogate.SegmentValues),
        Sums = Wrap(surrogate.Sums),
        DateBits = Wrap(surrogate.DateBits),
        FirstDays = Wrap(surrogate.FirstDays),
        LastDays = Wrap(surrogate.LastDays),
        FirstSums = Wrap(surrogate.FirstSums),
        LastSums = Wrap(surrogate.LastSums),
        DailySums = Wrap(surrogate.DailySums),
    };

    public FactCubeSnapshotSurrogate ConvertToSurrogate(in FactCubeSnapshot value) => new()
    {
        Version = value.Version,
        CalendarName = value.CalendarName,
        Grain = (int)value.Grain,
        SchemaDimensions = [.. value.SchemaDimensions],
        SchemaMeasures = [.. value.SchemaMeasures.Select(MeasureDefinitionSurrogate.From)],
        Dimensions = [.. value.Dimensions],
        PeriodStarts = [.. value.PeriodStarts.Select(DayNumber)],
        SegmentValues = [.. value.SegmentValues],
        Sums = [.. value.Sums],
        DateBits = [.. value.DateBits],
        FirstDays = [.. value.FirstDays],
        LastDays = [.. value.LastDays],
        FirstSums = [.. value.FirstSums],
        LastSums = [.. value.LastSums],
        DailySums = [.. value.DailySums],
    };

    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    internal static LocalDate DateFromDayNumber(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    // A missing array (an older or newer writer without the field) stays default, which FromSnapshot reports by name.
    private static ImmutableArray<T> Wrap<T>(T[]? array) => array is null ? default : ImmutableArray.Create(array);
}
