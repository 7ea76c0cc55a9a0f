using FsCheck.Xunit;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class MoneyTests
{
    private static readonly Currency Kwd = Currency.Of("KWD", 3);

    [Fact]
    public void Add_HalfAMillionEachOfTenAndTwentyCents_IsExactly150000()
    {
        var tenCents = new Money(0.10m, Currency.Usd);
        var twentyCents = new Money(0.20m, Currency.Usd);
        Money total = Money.Zero(Currency.Usd);

        for (int i = 0; i < 500_000; i++)
        {
            total += tenCents;
            total += twentyCents;
        }

        total.Should().Be(new Money(150_000.00m, Currency.Usd));
        total.Amount.Should().Be(150_000m);
        total.ToMinorUnits().Should().Be(15_000_000);
    }

    [Fact]
    public void Sum_MillionAmounts_IsExact()
    {
        IEnumerable<Money> amounts = Enumerable.Range(0, 1_000_000)
            .Select(i => new Money(i % 2 == 0 ? 0.10m : 0.20m, Currency.Eur));

        Money.Sum(amounts).Should().Be(new Money(150_000m, Currency.Eur));
    }

    [Fact]
    public void AddOperator_DifferentCurrencies_ThrowsNamingBothCodes()
    {
        var dollars = new Money(1m, Currency.Usd);
        var euros = new Money(1m, Currency.Eur);

        Action act = () => _ = dollars + euros;

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("USD").And.Contain("EUR");
    }

    [Fact]
    public void SubtractOperator_DifferentCurrencies_ThrowsNamingBothCodes()
    {
        Action act = () => _ = new Money(1m, Currency.Cny) - new Money(1m, Currency.Jpy);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("CNY").And.Contain("JPY");
    }

    [Fact]
    public void CompareTo_DifferentCurrencies_ThrowsNamingBothCodes()
    {
        var dollars = new Money(1m, Currency.Usd);
        var euros = new Money(2m, Currency.Eur);

        Action compare = () => dollars.CompareTo(euros);
        Action less = () => _ = dollars < euros;
        Action greaterOrEqual = () => _ = dollars >= euros;

        compare.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("USD").And.Contain("EUR");
        less.Should().Throw<InvalidOperationException>();
        greaterOrEqual.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Sum_MixedCurrencies_ThrowsNamingBothCodes()
    {
        Money[] amounts = [new(1m, Currency.Usd), new(2m, Currency.Usd), new(3m, Currency.Eur)];

        Action act = () => Money.Sum(amounts);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("USD").And.Contain("EUR");
    }

    [Fact]
    public void Sum_NoAmounts_ThrowsArgumentException()
    {
        Action act = () => Money.Sum([]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_SameAmountDifferentCurrencies_IsFalseWithoutThrowing()
    {
        var dollars = new Money(5m, Currency.Usd);
        var euros = new Money(5m, Currency.Eur);

        dollars.Equals(euros).Should().BeFalse();
        (dollars == euros).Should().BeFalse();
        (dollars != euros).Should().BeTrue();
    }

    [Fact]
    public void Equals_SameAmountDifferentScale_IsTrue()
    {
        new Money(1.5m, Currency.Usd).Should().Be(new Money(1.50m, Currency.Usd));
        new Money(1.5m, Currency.Usd).GetHashCode().Should().Be(new Money(1.50m, Currency.Usd).GetHashCode());
    }

    [Fact]
    public void CompareTo_SameCurrency_OrdersByAmount()
    {
        var small = new Money(1.99m, Currency.Usd);
        var large = new Money(2.00m, Currency.Usd);

        (small < large).Should().BeTrue();
        (large > small).Should().BeTrue();
        (small <= new Money(1.99m, Currency.Usd)).Should().BeTrue();
        small.CompareTo(large).Should().BeNegative();
    }

    [Theory]
    [InlineData("2.345", "2.34")]
    [InlineData("2.355", "2.36")]
    [InlineData("2.365", "2.36")]
    [InlineData("-2.345", "-2.34")]
    [InlineData("2.3451", "2.35")]
    public void Round_Default_UsesBankersRounding(string amount, string expected)
    {
        new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Usd).Round()
            .Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.355", "2.36")]
    [InlineData("-2.345", "-2.35")]
    public void Round_AwayFromZero_RoundsMidpointsAway(string amount, string expected)
    {
        new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Usd).Round(MidpointRounding.AwayFromZero)
            .Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Round_ZeroDigitCurrency_RoundsToWholeUnits()
    {
        new Money(2.5m, Currency.Jpy).Round().Amount.Should().Be(2m);
        new Money(3.5m, Currency.Jpy).Round().Amount.Should().Be(4m);
    }

    [Fact]
    public void ToMinorUnits_TwoDigitCurrency_GivesCents()
    {
        new Money(12.34m, Currency.Usd).ToMinorUnits().Should().Be(1234);
        new Money(-0.07m, Currency.Usd).ToMinorUnits().Should().Be(-7);
        new Money(12.3400m, Currency.Usd).ToMinorUnits().Should().Be(1234);
    }

    [Fact]
    public void FromMinorUnits_EachDigitCount_ScalesByMinorDigits()
    {
        Money.FromMinorUnits(1234, Currency.Usd).Should().Be(new Money(12.34m, Currency.Usd));
        Money.FromMinorUnits(1234, Currency.Jpy).Should().Be(new Money(1234m, Currency.Jpy));
        Money.FromMinorUnits(1234, Kwd).Should().Be(new Money(1.234m, Kwd));
        Money.FromMinorUnits(1234, Currency.Of("CLF", 4)).Amount.Should().Be(0.1234m);
    }

    [Theory]
    [InlineData("12.345", "USD", 2)]
    [InlineData("0.001", "EUR", 2)]
    [InlineData("1.5", "JPY", 0)]
    [InlineData("1.2345", "KWD", 3)]
    public void ToMinorUnits_MoreDigitsThanMinorUnit_ThrowsNamingAmountAndCurrency(string amount, string code, int digits)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Of(code, digits));

        Action act = () => money.ToMinorUnits();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain(amount).And.Contain(code);
    }

    [Fact]
    public void ToMinorUnits_AfterRound_Succeeds()
    {
        new Money(12.345m, Currency.Usd).Round().ToMinorUnits().Should().Be(1234);
    }

    [Property(MaxTest = 200)]
    public bool FromMinorUnits_ThenToMinorUnits_RoundTrips(long minorUnits, byte digitSeed)
    {
        Currency currency = Currency.Of("XTS", digitSeed % 5);
        Money money = Money.FromMinorUnits(minorUnits, currency);

        return money.ToMinorUnits() == minorUnits && money.Currency == currency;
    }

    [Theory]
    [InlineData(long.MaxValue, 4)]
    [InlineData(long.MinValue, 4)]
    [InlineData(long.MaxValue, 0)]
    [InlineData(long.MinValue, 2)]
    public void FromMinorUnits_ExtremeValues_RoundTrip(long minorUnits, int digits)
    {
        Currency currency = Currency.Of("XTS", digits);

        Money.FromMinorUnits(minorUnits, currency).ToMinorUnits().Should().Be(minorUnits);
    }

    [Fact]
    public void Constructor_DefaultCurrency_Throws()
    {
        Action act = () => _ = new Money(1m, default);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ToString_UsesMinorDigitsAndCode()
    {
        new Money(12.3m, Currency.Usd).ToString().Should().Be("12.30 USD");
        new Money(1500m, Currency.Jpy).ToString().Should().Be("1500 JPY");
        new Money(-0.5m, Kwd).ToString().Should().Be("-0.500 KWD");
    }

    [Fact]
    public void Multiply_ByFactor_IsExactAndNotRounded()
    {
        (new Money(0.10m, Currency.Usd) * 0.5m).Amount.Should().Be(0.05m);
        (3m * new Money(0.015m, Currency.Usd)).Amount.Should().Be(0.045m);
    }
}
