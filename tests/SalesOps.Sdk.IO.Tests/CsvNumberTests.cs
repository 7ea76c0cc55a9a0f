using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.IO.Tests;

public sealed class CsvNumberTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("12", 120_000L)]
    [InlineData("-12.5", -125_000L)]
    [InlineData("918.96", 9_189_600L)]
    [InlineData("5.", 50_000L)]
    [InlineData(".5", 5_000L)]
    [InlineData("-0", 0L)]
    [InlineData("0.0001", 1L)]
    [InlineData("99999999999999.9999", 999_999_999_999_999_999L)]
    [InlineData("+7", 70_000L)]
    [InlineData("1.50000", 15_000L)]
    [InlineData("922337203685477.5807", long.MaxValue)]
    public void TryParseScaled_Number_GivesTheScaledValue(string text, long expected)
    {
        CsvNumber.TryParseScaled(text, out long scaled).Should().Be(FactValueParseStatus.Ok);

        scaled.Should().Be(expected);
    }

    [Theory]
    [InlineData("", FactValueParseStatus.NotANumber)]
    [InlineData("-", FactValueParseStatus.NotANumber)]
    [InlineData(".", FactValueParseStatus.NotANumber)]
    [InlineData("1e3", FactValueParseStatus.NotANumber)]
    [InlineData(" 1", FactValueParseStatus.NotANumber)]
    [InlineData("1 ", FactValueParseStatus.NotANumber)]
    [InlineData("1.2.3", FactValueParseStatus.NotANumber)]
    [InlineData("--1", FactValueParseStatus.NotANumber)]
    [InlineData("12.34567", FactValueParseStatus.TooManyDecimalPlaces)]
    [InlineData("99999999999999999", FactValueParseStatus.Overflow)]
    [InlineData("922337203685477.9999", FactValueParseStatus.Overflow)]
    public void TryParseScaled_NotAValue_FailsLikeTheGeneralParser(string text, FactValueParseStatus expected)
    {
        CsvNumber.TryParseScaled(text, out _).Should().Be(expected);
    }

    [Property(MaxTest = 100)]
    public Property TryParseScaled_AnyTextOfNumberCharacters_AgreesWithFactValue()
    {
        Gen<string> texts = Gen.Elements('0', '1', '5', '9', '.', '-', '+', 'x', ' ')
            .ArrayOf()
            .Select(chars => new string(chars));
        return Prop.ForAll(texts.ToArbitrary(), text => Agrees(text));
    }

    [Property(MaxTest = 100)]
    public Property TryParseScaled_AnyDecimal_AgreesWithFactValue()
    {
        Gen<string> texts =
            from integer in Gen.Choose(0, int.MaxValue)
            from digits in Gen.Choose(0, 16)
            from fraction in Gen.Choose(0, 99999)
            from places in Gen.Choose(0, 6)
            from negative in Gen.Elements(true, false)
            select (negative ? "-" : string.Empty)
                + (digits > 9 ? integer.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('7', digits - 9) : integer.ToString(System.Globalization.CultureInfo.InvariantCulture))
                + (places > 0 ? "." + fraction.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)[..Math.Min(places, 5)] : string.Empty);
        return Prop.ForAll(texts.ToArbitrary(), text => Agrees(text));
    }

    private static bool Agrees(string text)
    {
        FactValueParseStatus expected;
        long expectedValue;
        try
        {
            expected = FactValue.TryParseScaled(text, out expectedValue);
        }
        catch (OverflowException)
        {
            expected = FactValueParseStatus.Overflow;
            expectedValue = 0;
        }

        FactValueParseStatus actual = CsvNumber.TryParseScaled(text, out long value);
        return actual == expected && (actual != FactValueParseStatus.Ok || value == expectedValue);
    }
}
