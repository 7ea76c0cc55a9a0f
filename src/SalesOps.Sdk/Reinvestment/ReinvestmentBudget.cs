using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>
/// The reinvestment budget: the incremental gross profit of the recent periods over the comparison periods, times
/// the policy's share, clamped to its minimum and maximum, less the reserve. Exact money, rounded to the minor unit
/// with banker's rounding where a share is taken.
/// </summary>
public sealed record ReinvestmentBudget
{
    /// <summary>The currency of every amount.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Gross profit (revenue − COGS) of the current periods.</summary>
    public required Money CurrentGrossProfit { get; init; }

    /// <summary>Gross profit of the comparison periods, scaled to the current periods' number of dates.</summary>
    public required Money ComparisonGrossProfit { get; init; }

    /// <summary>Current − comparison gross profit (may be negative).</summary>
    public Money IncrementalGrossProfit => CurrentGrossProfit - ComparisonGrossProfit;

    /// <summary>The budget after share, minimum and maximum.</summary>
    public required Money Total { get; init; }

    /// <summary>The part of the budget kept in reserve.</summary>
    public required Money Reserve { get; init; }

    /// <summary>The part available to fund initiatives: total − reserve.</summary>
    public Money Available => Total - Reserve;

    /// <summary>The current periods, e.g. <c>2024-04..2024-06</c>.</summary>
    public string CurrentPeriods { get; init; } = string.Empty;

    /// <summary>The comparison periods.</summary>
    public string ComparisonPeriods { get; init; } = string.Empty;

    /// <summary>How the budget came about (no growth, minimum applied, …).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Computes a budget from two gross-profit figures.</summary>
    /// <param name="current">Gross profit of the current periods.</param>
    /// <param name="comparison">Gross profit of the comparison periods (on the same footing).</param>
    /// <param name="policy">The reinvestment policy.</param>
    /// <exception cref="ArgumentException">The policy is out of range; the currencies differ.</exception>
    public static ReinvestmentBudget Compute(Money current, Money comparison, ReinvestmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Validate(policy);
        Currency currency = current.Currency;
        Money incremental = current - comparison; // throws on mixed currencies
        var notes = new List<string>();
        decimal amount = incremental.Amount > 0m ? policy.Share * incremental.Amount : 0m;
        if (incremental.Amount <= 0m)
        {
            notes.Add("no incremental gross profit: sales growth brought nothing to reinvest");
        }

        if (policy.Minimum is { } min && amount < min)
        {
            amount = min;
            notes.Add($"the policy minimum {new Money(min, currency)} applies");
        }

        if (policy.Maximum is { } max && amount > max)
        {
            amount = max;
            notes.Add($"the policy maximum {new Money(max, currency)} applies");
        }

        Money total = new Money(amount, currency).Round();
        Money reserve = (total * policy.ReserveShare).Round();
        return new ReinvestmentBudget
        {
            Currency = currency,
            CurrentGrossProfit = current,
            ComparisonGrossProfit = comparison,
            Total = total,
            Reserve = reserve,
            Notes = [.. notes],
        };
    }

    /// <summary>
    /// Computes a budget from a fact cube: gross profit of the <paramref name="current"/> periods against the
    /// <paramref name="comparison"/> periods, the latter scaled to the current periods' number of dates with data
    /// (so a shorter or longer comparison window compares like with like) and rounded to the minor unit.
    /// </summary>
    /// <exception cref="InvalidOperationException">The cube has no revenue or COGS, or the comparison periods have no data.</exception>
    public static ReinvestmentBudget FromCube(
        FactCube cube, IReadOnlyList<ReportingPeriod> current, IReadOnlyList<ReportingPeriod> comparison, Currency currency, ReinvestmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(comparison);
        if (!cube.HasMeasure("revenue") || !cube.HasMeasure("cogs"))
        {
            throw new InvalidOperationException("The reinvestment budget needs the revenue and cogs measures; the data lacks them.");
        }

        FactCube total = cube.Total();
        (decimal currentProfit, int currentDates) = GrossProfit(total, current);
        (decimal comparisonProfit, int comparisonDates) = GrossProfit(total, comparison);
        if (comparisonDates == 0 || currentDates == 0)
        {
            throw new InvalidOperationException("The reinvestment budget needs data in both the current and the comparison periods.");
        }

        Money scaled = new Money(comparisonProfit * currentDates / comparisonDates, currency).Round();
        return Compute(new Money(currentProfit, currency), scaled, policy) with
        {
            CurrentPeriods = Label(current),
            ComparisonPeriods = Label(comparison),
        };
    }

    private static (decimal Profit, int Dates) GrossProfit(FactCube total, IReadOnlyList<ReportingPeriod> periods)
    {
        decimal profit = 0m;
        int dates = 0;
        foreach (ReportingPeriod period in periods)
        {
            if (total.GetCell(period, Segment.Total) is { } cell)
            {
                profit += cell.GetValue("revenue")!.Value - cell.GetValue("cogs")!.Value;
                dates += cell.DateCount;
            }
        }

        return (profit, dates);
    }

    private static string Label(IReadOnlyList<ReportingPeriod> periods) =>
        periods.Count == 0 ? string.Empty : periods.Count == 1 ? periods[0].Label : $"{periods[0].Label}..{periods[^1].Label}";

    private static void Validate(ReinvestmentPolicy policy)
    {
        var problems = new List<string>();
        if (policy.Share is < 0m or > 1m)
        {
            problems.Add($"share {policy.Share} should be in range [0-1]");
        }

        if (policy.ReserveShare is < 0m or >= 1m)
        {
            problems.Add($"reserveShare {policy.ReserveShare} should be in range [0-1)");
        }

        if (policy.Minimum is < 0m)
        {
            problems.Add($"minimum {policy.Minimum} should not be negative");
        }

        if (policy.Minimum is { } min && policy.Maximum is { } max && max < min)
        {
            problems.Add($"maximum {max} is below minimum {min}");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid reinvestment policy: " + string.Join("; ", problems), nameof(policy));
        }
    }
}
