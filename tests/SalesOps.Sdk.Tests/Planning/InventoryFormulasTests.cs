using FsCheck.Xunit;
using SalesOps.Sdk.Planning;

namespace SalesOps.Sdk.Tests.Planning;

public class InventoryFormulasTests
{
    [Theory]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.99, 2.3263478740408408)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.05, -1.6448536269514722)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void ZScore_KnownQuantiles_MatchTo1e12(double serviceLevel, double expected)
    {
        InventoryFormulas.ZScore(serviceLevel).Should().BeApproximately(expected, 1e-12);
    }

    [Property(MaxTest = 100)]
    public bool ZScore_IsAntisymmetricAroundOneHalf(ushort raw)
    {
        double p = (raw + 1) / 65537.0;
        return Math.Abs(InventoryFormulas.ZScore(p) + InventoryFormulas.ZScore(1 - p)) < 1e-9;
    }

    [Property(MaxTest = 100)]
    public bool ZScore_IsIncreasing(ushort raw)
    {
        double p = (raw + 1) / 65538.0;
        return InventoryFormulas.ZScore(p) < InventoryFormulas.ZScore(p + (1 / 65538.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ZScore_OutsideOpenUnitRange_Throws(double serviceLevel)
    {
        Action act = () => InventoryFormulas.ZScore(serviceLevel);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*open range (0, 1)*");
    }

    [Fact]
    public void SafetyStock_TextbookWithoutLeadTimeVariability_IsZSigmaRootL()
    {
        // z = 1.645, σ = 10 units/day, L = 4 days: 1.645 · 10 · √4 = 32.9.
        InventoryFormulas.SafetyStock(1.645m, 50m, 10m, 4m).Should().Be(32.9m);
    }

    [Fact]
    public void SafetyStock_WithLeadTimeVariability_HandComputed()
    {
        // √(L·σ² + D²·σL²) = √(4·100 + 15²·1²) = √625 = 25; SS = 1.645 · 25 = 41.125.
        InventoryFormulas.SafetyStock(1.645m, 15m, 10m, 4m, 1m).Should().Be(41.125m);
    }

    [Fact]
    public void ReorderPoint_IsLeadTimeDemandPlusSafetyStock()
    {
        InventoryFormulas.ReorderPoint(15m, 4m, 41.125m).Should().Be(101.125m);
    }

    [Fact]
    public void EconomicOrderQuantity_Textbook_Is200()
    {
        // A = 1000/yr, S = 10, H = 0.5: √(2·1000·10/0.5) = √40000 = 200.
        InventoryFormulas.EconomicOrderQuantity(1000m, 10m, 0.5m).Should().Be(200m);
    }

    [Fact]
    public void EconomicOrderQuantity_IrrationalRoot_IsAccurateToManyDigits()
    {
        // √(2·1200·50/2) = √60000 = 244.94897427831780981972840747059…
        InventoryFormulas.EconomicOrderQuantity(1200m, 50m, 2m).Should().BeApproximately(244.94897427831780981972840747m, 1e-20m);
    }

    [Fact]
    public void EconomicOrderQuantity_ZeroDemand_IsZero()
    {
        InventoryFormulas.EconomicOrderQuantity(0m, 10m, 0.5m).Should().Be(0m);
    }

    [Fact]
    public void Formulas_BadInputs_Throw()
    {
        ((Action)(() => InventoryFormulas.EconomicOrderQuantity(1m, 0m, 1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.EconomicOrderQuantity(1m, 1m, 0m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.EconomicOrderQuantity(-1m, 1m, 1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.SafetyStock(1m, -1m, 1m, 1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.SafetyStock(1m, 1m, -1m, 1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.SafetyStock(1m, 1m, 1m, -1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.SafetyStock(1m, 1m, 1m, 1m, -1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.ReorderPoint(-1m, 1m, 0m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => InventoryFormulas.ReorderPoint(1m, -1m, 0m))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
