using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>
/// Validation of rows with 8 to 16 measures, which the aggregator checks in two overlapping vectors where the hardware
/// has them: every position of a flag and of a non-negative measure, in every width, must be checked.
/// </summary>
public partial class FactAggregatorTests
{
    public static TheoryData<int, int> WidthsAndPositions()
    {
        var data = new TheoryData<int, int>();
        for (int width = 8; width <= 16; width++)
        {
            for (int position = 0; position < width; position++)
            {
                data.Add(width, position);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WidthsAndPositions))]
    public void WriteScaledRow_WideRowWithAFlagOtherThanZeroOrOne_IsRefusedNamingTheFlag(int width, int flagAt)
    {
        FactSchema schema = WideSchema(width, flagAt, nonNegativeAt: -1);
        var aggregator = new FactAggregator(schema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A")];
        long[] row = new long[width];

        foreach (long bad in new[] { 2 * FactValue.Scale, FactValue.Scale / 2, 3, 1 })
        {
            row[flagAt] = bad;
            Action act = () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, row);

            FactDataException ex = act.Should().Throw<FactDataException>().Which;
            ex.Column.Should().Be($"m{flagAt}");
            ex.Message.Should().Contain("must be 0 or 1");
        }

        aggregator.ToCube().IsEmpty.Should().BeTrue("no refused row is added");
    }

    [Theory]
    [MemberData(nameof(WidthsAndPositions))]
    public void WriteScaledRow_WideRowWithFlagsZeroAndOne_IsAdded(int width, int flagAt)
    {
        FactSchema schema = WideSchema(width, flagAt, nonNegativeAt: -1);
        var aggregator = new FactAggregator(schema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A")];
        long[] row = [.. Enumerable.Range(0, width).Select(i => i == flagAt ? FactValue.Scale : -7 * FactValue.Scale)];

        aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, row);
        row[flagAt] = 0;
        aggregator.WriteScaledRow(new LocalDate(2024, 1, 2), codes, row);

        FactCell cell = aggregator.ToCube().Cells.Single();
        cell.GetValue($"m{flagAt}").Should().Be(1m);
        cell.GetValue($"m{(flagAt + 1) % width}").Should().Be(-14m, "the other measures allow negative values");
    }

    [Theory]
    [MemberData(nameof(WidthsAndPositions))]
    public void WriteScaledRow_WideRowWithANegativeValueOfANonNegativeMeasure_IsRefusedNamingIt(int width, int nonNegativeAt)
    {
        int flagAt = (nonNegativeAt + 3) % width;
        FactSchema schema = WideSchema(width, flagAt, nonNegativeAt);
        var aggregator = new FactAggregator(schema, Gregorian, PeriodGrain.Month);
        int[] codes = [aggregator.EncodeDimension(0, "A")];
        long[] row = new long[width];
        row[nonNegativeAt] = -1;

        Action act = () => aggregator.WriteScaledRow(new LocalDate(2024, 1, 1), codes, row);

        FactDataException ex = act.Should().Throw<FactDataException>().Which;
        ex.Column.Should().Be($"m{nonNegativeAt}");
        ex.Message.Should().Contain("must not be negative");
        aggregator.ToCube().IsEmpty.Should().BeTrue();
    }

    /// <summary>
    /// <paramref name="width"/> measures m0, m1, …: a flag at <paramref name="flagAt"/>, a measure that must not be
    /// negative at <paramref name="nonNegativeAt"/> (none when -1), every other one allowing negative values.
    /// </summary>
    private static FactSchema WideSchema(int width, int flagAt, int nonNegativeAt) =>
        new(
            ["sku"],
            [.. Enumerable.Range(0, width).Select(i => new MeasureDefinition(
                $"m{i}",
                $"M{i}",
                MeasureUnit.Count,
                TimeAggregation.Sum,
                allowsNegative: i != nonNegativeAt,
                isFlag: i == flagAt))]);
}
