using System.Globalization;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// An exact amount of money in one currency.
/// </summary>
/// <remarks>
/// The amount is a <see cref="decimal"/>, so sums of any number of amounts such as 0.10 and 0.20 are
/// exact (no binary floating-point drift). Adding or comparing amounts of different currencies throws
/// <see cref="InvalidOperationException"/> naming both; nothing is ever converted silently. Rounding is
/// explicit through <see cref="Round(MidpointRounding)"/> (banker's rounding by default). Immutable and
/// thread-safe.
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount in a currency.</summary>
    /// <param name="amount">The amount in major units (e.g. dollars).</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        if (currency.Code is null)
        {
            throw new ArgumentException("The currency is the default value; use Currency.Of(code).", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount in major units.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of the amount.</summary>
    public Currency Currency { get; }

    /// <summary>Zero in the given currency.</summary>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates an amount from a whole number of minor units (e.g. cents).</summary>
    /// <param name="minorUnits">The amount in minor units.</param>
    /// <param name="currency">The currency, which gives the number of minor digits.</param>
    public static Money FromMinorUnits(long minorUnits, Currency currency) =>
        new(minorUnits / Pow10(currency.MinorUnitDigits), currency);

    /// <summary>The amount in whole minor units.</summary>
    /// <exception cref="InvalidOperationException">The amount has more digits than the currency's minor unit; round it first.</exception>
    public long ToMinorUnits()
    {
        decimal scaled = Amount * Pow10(Currency.MinorUnitDigits);
        if (scaled != decimal.Truncate(scaled))
        {
            throw new InvalidOperationException(
                $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency.Code} has more than {Currency.MinorUnitDigits} decimal digits; call Round() first.");
        }

        return decimal.ToInt64(scaled);
    }

    /// <summary>Rounds to the currency's minor unit.</summary>
    /// <param name="mode">How to round a midpoint; banker's rounding (<see cref="MidpointRounding.ToEven"/>) by default.</param>
    public Money Round(MidpointRounding mode = MidpointRounding.ToEven) =>
        new(decimal.Round(Amount, Currency.MinorUnitDigits, mode), Currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right, "add"));

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right, "subtract"));

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Multiplies an amount by a factor (not rounded).</summary>
    public static Money operator *(Money value, decimal factor) => new(value.Amount * factor, value.Currency);

    /// <summary>Multiplies an amount by a factor (not rounded).</summary>
    public static Money operator *(decimal factor, Money value) => new(value.Amount * factor, value.Currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount.</summary>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a factor (not rounded).</summary>
    public static Money Multiply(Money value, decimal factor) => value * factor;

    /// <summary>Sums amounts that must all share one currency.</summary>
    /// <param name="amounts">The amounts; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="amounts"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">Two amounts have different currencies.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        Money? total = null;
        foreach (Money amount in amounts)
        {
            total = total is null ? amount : total.Value + amount;
        }

        return total ?? throw new ArgumentException("Cannot sum no amounts: the currency is unknown; use Money.Zero(currency).", nameof(amounts));
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Equality of amount and currency.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of amount or currency.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Less than, same currency only.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Greater than, same currency only.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal, same currency only.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal, same currency only.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>The amount with the currency's minor digits and its code, e.g. <c>12.30 USD</c> (invariant culture).</summary>
    public override string ToString() => Currency.Code is null ? "0" : Currency.Format(Amount);

    private static Currency SameCurrency(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException(
                $"Cannot {operation} {left.Currency.Code} and {right.Currency.Code}: money of different currencies never mixes.");
        }

        return left.Currency;
    }

    private static decimal Pow10(int digits) => digits switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        _ => 10000m,
    };
}
