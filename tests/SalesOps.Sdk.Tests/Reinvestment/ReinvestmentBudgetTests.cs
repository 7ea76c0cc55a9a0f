using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Reinvestment;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Reinvestment;

public class ReinvestmentBudgetTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    [Fact]
    public void Compute_Growth_ShareOfIncrementLessReserve()
    {
        ReinvestmentBudget budget = ReinvestmentBudget.Compute(Usd(150_000m), Usd(100_000m), ReinvestmentPolicy.Default);

        budget.IncrementalGrossProfit.Should().Be(Usd(50_000m));
        budget.Total.Should().Be(Usd(15_000m));
        budget.Reserve.Should().Be(Usd(1_500m));
        budget.Available.Should().Be(Usd(13_500m));
        budget.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Compute_RoundsTheShareToTheMinorUnitWithBankersRounding()
    {
        // 0.3 × 0.05 = 0.015 → 0.02 (to even); reserve 0.1 × 0.02 = 0.002 → 0.00.
        ReinvestmentBudget budget = ReinvestmentBudget.Compute(Usd(0.10m), Usd(0.05m), ReinvestmentPolicy.Default);

        budget.Total.Should().Be(Usd(0.02m));
        budget.Reserve.Should().Be(Usd(0.00m));
        budget.Available.Should().Be(Usd(0.02m));
    }

    [Fact]
    public void Compute_NoGrowth_ZeroBudgetWithANoteUnlessAMinimumApplies()
    {
        ReinvestmentBudget none = ReinvestmentBudget.Compute(Usd(90_000m), Usd(100_000m), ReinvestmentPolicy.Default);
        ReinvestmentBudget floor = ReinvestmentBudget.Compute(Usd(90_000m), Usd(100_000m), ReinvestmentPolicy.Default with { Minimum = 5_000m });

        none.Total.Should().Be(Usd(0m));
        none.Notes.Should().ContainSingle(n => n.Contains("no incremental gross profit", StringComparison.Ordinal));
        floor.Total.Should().Be(Usd(5_000m));
        floor.Notes.Should().Contain(n => n.Contains("minimum", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_Maximum_CapsTheBudget()
    {
        ReinvestmentBudget budget = ReinvestmentBudget.Compute(Usd(1_000_000m), Usd(0m), ReinvestmentPolicy.Default with { Maximum = 100_000m, ReserveShare = 0m });

        budget.Total.Should().Be(Usd(100_000m));
        budget.Available.Should().Be(Usd(100_000m));
    }

    [Fact]
    public void Compute_MixedCurrencies_Throws()
    {
        Action act = () => ReinvestmentBudget.Compute(Usd(1m), new Money(1m, Currency.Eur), ReinvestmentPolicy.Default);

        act.Should().Throw<InvalidOperationException>().WithMessage("*USD*EUR*");
    }

    [Theory]
    [InlineData(1.5, 0.1, "share")]
    [InlineData(0.3, 1.0, "reserveShare")]
    [InlineData(-0.1, 0.1, "share")]
    public void Compute_PolicyOutOfRange_NamesTheField(double share, double reserve, string field)
    {
        Action act = () => ReinvestmentBudget.Compute(Usd(2m), Usd(1m), new ReinvestmentPolicy { Share = (decimal)share, ReserveShare = (decimal)reserve });

        act.Should().Throw<ArgumentException>().WithMessage($"*{field}*");
    }

    [Fact]
    public void FromCube_ScalesTheComparisonToTheCurrentNumberOfDates()
    {
        FactCube cube = Fixtures.Cube("balanced.csv", ReportingCalendars.Gregorian, PeriodGrain.Month);
        FactCube total = cube.Total();
        ReportingPeriod[] earlier = [.. total.Periods.Take(3)];
        ReportingPeriod[] later = [.. total.Periods.Skip(3)];

        ReinvestmentBudget budget = ReinvestmentBudget.FromCube(cube, later, earlier, Currency.Usd, ReinvestmentPolicy.Default);

        decimal Profit(IEnumerable<ReportingPeriod> ps) => ps.Sum(p => total.GetCell(p, Segment.Total)!.GetValue("revenue")!.Value - total.GetCell(p, Segment.Total)!.GetValue("cogs")!.Value);
        int Dates(IEnumerable<ReportingPeriod> ps) => ps.Sum(p => total.GetCell(p, Segment.Total)!.DateCount);
        budget.CurrentGrossProfit.Amount.Should().Be(Profit(later));
        budget.ComparisonGrossProfit.Amount.Should().Be(decimal.Round(Profit(earlier) * Dates(later) / Dates(earlier), 2, MidpointRounding.ToEven));
        budget.CurrentPeriods.Should().Be("2024-04..2024-06");
        budget.ComparisonPeriods.Should().Be("2024-01..2024-03");
    }
}
