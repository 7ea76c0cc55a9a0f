using System.Collections.Immutable;
using SalesOps.Sdk.Planning;

namespace SalesOps.Sdk.Tests.Planning;

public class SopReconciliationTests
{
    private static readonly SopOptions Monthly = new(PeriodDays: 30m, MaxDaysOfSupply: 60m);

    // Item P: opening stock 20, unit value 3, safety stock 10. Item Q: opening stock 5, no plan lines.
    private static readonly SopItem[] Items = [new("P", 20m, 3m, 10m), new("Q", 5m, 2m)];

    private static readonly PlanLine[] Demand = [new("P", 1, 30m), new("P", 2, 40m), new("P", 3, 20m), new("P", 4, 30m), new("P", 5, 15m)];

    private static readonly PlanLine[] Supply = [new("P", 1, 20m), new("P", 2, 20m), new("P", 3, 80m)];

    [Fact]
    public void Reconcile_WorkedPlan_MatchesHandComputation()
    {
        ImmutableArray<SopLine> lines = SopReconciliation.Reconcile(Items, Demand, Supply, Monthly);
        SopLine[] p = [.. lines.Where(l => l.Item == "P")];

        // period: demand, supply, gap, gap value, projected (prev + S − D), days of supply (proj / (D/30)), status
        p.Select(l => l.Period).Should().Equal(1, 2, 3, 4, 5);
        p.Select(l => l.GapUnits).Should().Equal(-10m, -20m, 60m, -30m, -15m);
        p.Select(l => l.GapValue).Should().Equal(-30m, -60m, 180m, -90m, -45m);
        p.Select(l => l.ProjectedInventory).Should().Equal(10m, -10m, 50m, 20m, 5m);
        p.Select(l => l.DaysOfSupply).Should().Equal(10m, null, 75m, 20m, 10m);
        p.Select(l => l.Status).Should().Equal(
            SopInventoryStatus.Balanced,          // 10 = safety stock: not below it
            SopInventoryStatus.Stockout,          // −10
            SopInventoryStatus.Overstock,         // 75 days > 60
            SopInventoryStatus.Balanced,
            SopInventoryStatus.BelowSafetyStock); // 0 ≤ 5 < 10

        // Constrained: available = prev constrained + supply; sales = min(demand, available).
        // p1 avail 40 sells 30 → 10; p2 avail 30 sells 30 (10 unmet) → 0; p3 avail 80 sells 20 → 60; p4 60 → 30; p5 30 → 15.
        p.Select(l => l.ConstrainedSales).Should().Equal(30m, 30m, 20m, 30m, 15m);
        p.Select(l => l.UnmetDemand).Should().Equal(0m, 10m, 0m, 0m, 0m);
        p.Select(l => l.ConstrainedInventory).Should().Equal(10m, 0m, 60m, 30m, 15m);
    }

    [Fact]
    public void Reconcile_ItemWithoutLines_GetsEveryPeriodAndStockWithoutDemandIsOverstock()
    {
        SopLine[] q = [.. SopReconciliation.Reconcile(Items, Demand, Supply, Monthly).Where(l => l.Item == "Q")];

        q.Should().HaveCount(5);
        q.Should().OnlyContain(l => l.Demand == 0m && l.Supply == 0m && l.ProjectedInventory == 5m && l.DaysOfSupply == null);
        q.Should().OnlyContain(l => l.Status == SopInventoryStatus.Overstock);
    }

    [Fact]
    public void Reconcile_NoCeiling_NoOverstock()
    {
        ImmutableArray<SopLine> lines = SopReconciliation.Reconcile(Items, Demand, Supply, new SopOptions(30m));

        lines.Should().NotContain(l => l.Status == SopInventoryStatus.Overstock);
        lines.Single(l => l.Item == "P" && l.Period == 3).Status.Should().Be(SopInventoryStatus.Balanced);
    }

    [Fact]
    public void Reconcile_NoLines_Empty()
    {
        SopReconciliation.Reconcile(Items, [], [], Monthly).Should().BeEmpty();
    }

    [Fact]
    public void Reconcile_BadInput_Throws()
    {
        ((Action)(() => SopReconciliation.Reconcile(Items, [new("Z", 1, 1m)], [], Monthly))).Should().Throw<ArgumentException>().WithMessage("*demand[0]: item 'Z' is not among the plan's items*");
        ((Action)(() => SopReconciliation.Reconcile(Items, [], [new("P", 1, -1m)], Monthly))).Should().Throw<ArgumentException>().WithMessage("*supply[0]*cannot be negative*");
        ((Action)(() => SopReconciliation.Reconcile(Items, [new("P", 1, 1m), new("P", 1, 2m)], [], Monthly))).Should().Throw<ArgumentException>().WithMessage("*demand[1]: item P period 1 appears more than once*");
        ((Action)(() => SopReconciliation.Reconcile([new("P", 1m, 1m), new("P", 1m, 1m)], [], [], Monthly))).Should().Throw<ArgumentException>().WithMessage("*appears more than once*");
        ((Action)(() => SopReconciliation.Reconcile([new("P", -1m, 1m)], [], [], Monthly))).Should().Throw<ArgumentException>().WithMessage("*cannot be negative*");
        ((Action)(() => SopReconciliation.Reconcile(Items, [], [], new SopOptions(0m)))).Should().Throw<ArgumentException>().WithMessage("*periodDays (0)*");
        ((Action)(() => SopReconciliation.Reconcile(Items, [], [], new SopOptions(30m, 0m)))).Should().Throw<ArgumentException>().WithMessage("*maxDaysOfSupply (0)*");
    }
}
