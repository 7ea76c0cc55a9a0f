using System.Globalization;
using FsCheck.Xunit;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class FactValueTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("7", 70_000L)]
    [InlineData("12.5", 125_000L)]
    [InlineData("0.10", 1_000L)]
    [InlineData("0.20", 2_000L)]
    [InlineData("1.2345", 12_345L)]
    [InlineData("-12.5", -125_000L)]
    [InlineData("-0.0001", -1L)]
    [InlineData("+7", 70_000L)]
    [InlineData("+0.25", 2_500L)]
    [InlineData(".5", 5_000L)]
    [InlineData("-.5", -5_000L)]
    [InlineData("3.", 30_000L)]
    [InlineData("007.50", 75_000L)]
    [InlineData("1.23450000", 12_345L)]
    [InlineData("2.00000000000000000000", 20_000L)]
    [InlineData("922337203685477.5807", long.MaxValue)]
    [InlineData("-922337203685477.5807", -long.MaxValue)]
    public void TryParseScaled_PlainDecimal_IsOkAndExact(string text, long expected)
    {
        FactValueParseStatus status = FactValue.TryParseScaled(text, out long scaled);

        status.Should().Be(FactValueParseStatus.Ok);
        scaled.Should().Be(expected);
    }

    [Theory]
    [InlineData("1.23456")]
    [InlineData("0.00001")]
    [InlineData("-5.00005")]
    [InlineData("1.234500001")]
    public void TryParseScaled_SignificantFifthDecimal_IsTooManyDecimalPlaces(string text)
    {
        FactValue.TryParseScaled(text, out long scaled).Should().Be(FactValueParseStatus.TooManyDecimalPlaces);
        scaled.Should().Be(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1O.00")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("1,000.00")]
    [InlineData("0x10")]
    [InlineData("1.23456x")]
    [InlineData("1.00000x")]
    [InlineData("١٢")]
    public void TryParseScaled_NotAPlainDecimal_IsNotANumber(string text)
    {
        FactValue.TryParseScaled(text, out long scaled).Should().Be(FactValueParseStatus.NotANumber);
        scaled.Should().Be(0);
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("-99999999999999999999")]
    [InlineData("922337203685478")]
    [InlineData("922337203685477.5808")]
    [InlineData("922337203685477.9999")]
    [InlineData("-922337203685477.5808")]
    [InlineData("-922337203685477.9999")]
    [InlineData("123456789012345678901234567890.5")]
    public void TryParseScaled_BeyondTheScaledRange_IsOverflowWithoutThrowing(string text)
    {
        FactValueParseStatus status = FactValueParseStatus.Ok;
        Action act = () => status = FactValue.TryParseScaled(text, out _);

        act.Should().NotThrow();
        status.Should().Be(FactValueParseStatus.Overflow);
    }

    [Fact]
    public void ToScaled_FourDecimalPlaces_IsExact()
    {
        FactValue.ToScaled(0.10m).Should().Be(1_000);
        FactValue.ToScaled(-1.2345m).Should().Be(-12_345);
        FactValue.ToScaled(1.23450000m).Should().Be(12_345);
    }

    [Fact]
    public void ToScaled_FiveDecimalPlaces_ThrowsArgumentExceptionNamingTheValue()
    {
        Action act = () => FactValue.ToScaled(1.23456m);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("1.23456");
    }

    [Fact]
    public void ToScaled_TooLarge_ThrowsOverflowException()
    {
        Action act = () => FactValue.ToScaled(1_000_000_000_000_000m);

        act.Should().Throw<OverflowException>();
    }

    [Property(MaxTest = 500)]
    public bool FromScaled_ThenToScaled_RoundTrips(long scaled) =>
        FactValue.ToScaled(FactValue.FromScaled(scaled)) == scaled;

    [Property(MaxTest = 500)]
    public bool FromScaled_FormattedInvariant_ParsesBackToTheSameScaledValue(long scaled)
    {
        string text = FactValue.FromScaled(scaled).ToString(CultureInfo.InvariantCulture);

        return FactValue.TryParseScaled(text, out long parsed) == FactValueParseStatus.Ok && parsed == scaled;
    }

    [Property(MaxTest = 1000)]
    public bool FromScaled_AnyValue_SameValueAndTextAsDecimalDivision(long scaled)
    {
        decimal expected = new decimal(scaled) / FactValue.Scale;
        decimal actual = FactValue.FromScaled(scaled);

        return actual == expected && actual.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture);
    }

    [Property(MaxTest = 1000)]
    public bool FromScaled_TrailingZeros_SameValueAndTextAsDecimalDivision(int digits, byte zeros)
    {
        // Every number of trailing zeros, 0 to 5 and more, with both signs.
        long scaled = digits * (long)Math.Pow(10, zeros % 7);
        decimal expected = new decimal(scaled) / FactValue.Scale;
        decimal actual = FactValue.FromScaled(scaled);

        return actual == expected && actual.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(10L, "0.001")]
    [InlineData(100L, "0.01")]
    [InlineData(120L, "0.012")]
    [InlineData(1_000L, "0.1")]
    [InlineData(1_200L, "0.12")]
    [InlineData(-1_000_000L, "-100")]
    [InlineData(10_000L, "1")]
    [InlineData(15_000L, "1.5")]
    [InlineData(12_340L, "1.234")]
    [InlineData(-1L, "-0.0001")]
    [InlineData(-250_000L, "-25")]
    [InlineData(long.MaxValue, "922337203685477.5807")]
    [InlineData(long.MinValue, "-922337203685477.5808")]
    public void FromScaled_Examples_ShortestExactText(long scaled, string text)
    {
        FactValue.FromScaled(scaled).ToString(CultureInfo.InvariantCulture).Should().Be(text);
        FactValue.FromScaled(scaled).ToString(CultureInfo.InvariantCulture).Should().Be((new decimal(scaled) / FactValue.Scale).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(-long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(1L)]
    [InlineData(-1L)]
    public void FromScaled_Extremes_RoundTrip(long scaled)
    {
        FactValue.ToScaled(FactValue.FromScaled(scaled)).Should().Be(scaled);
    }

    [Fact]
    public void FromScaled_KeepsFourDecimalPlaces()
    {
        FactValue.FromScaled(1).Should().Be(0.0001m);
        FactValue.FromScaled(long.MaxValue).Should().Be(922_337_203_685_477.5807m);
    }
}
