using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class CurrencyTests
{
    [Fact]
    public void Of_LowerCaseCode_IsStoredUpperCaseAndEqualsPreset()
    {
        Currency currency = Currency.Of("usd");

        currency.Code.Should().Be("USD");
        currency.MinorUnitDigits.Should().Be(2);
        currency.Should().Be(Currency.Usd);
    }

    [Fact]
    public void Of_SameCodeOtherDigits_IsADifferentCurrency()
    {
        Currency.Of("USD", 3).Should().NotBe(Currency.Usd);
    }

    [Theory]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("U5D")]
    [InlineData("U D")]
    [InlineData("ÄBC")]
    public void Of_NotThreeAsciiLetters_ThrowsArgumentExceptionNamingTheCode(string code)
    {
        Action act = () => Currency.Of(code);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{code}'");
    }

    [Fact]
    public void Of_Null_ThrowsArgumentNullException()
    {
        Action act = () => Currency.Of(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Of_MinorDigitsOutsideZeroToFour_ThrowsArgumentOutOfRange(int digits)
    {
        Action act = () => Currency.Of("ABC", digits);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("minorUnitDigits");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Of_MinorDigitsAtBounds_Succeeds(int digits)
    {
        Currency.Of("ABC", digits).MinorUnitDigits.Should().Be(digits);
    }

    [Fact]
    public void Presets_HaveIsoMinorDigits()
    {
        Currency.Usd.MinorUnitDigits.Should().Be(2);
        Currency.Eur.MinorUnitDigits.Should().Be(2);
        Currency.Cny.MinorUnitDigits.Should().Be(2);
        Currency.Jpy.MinorUnitDigits.Should().Be(0);
        Currency.Jpy.ToString().Should().Be("JPY");
    }
}
