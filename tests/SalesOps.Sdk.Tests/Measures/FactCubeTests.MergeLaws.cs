using FsCheck.Xunit;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;
using static SalesOps.Sdk.Tests.Measures.FactTestData;

namespace SalesOps.Sdk.Tests.Measures;

/// <summary>FactCube is a commutative monoid under Merge, and merging partial aggregates equals one pass over all rows.</summary>
[Properties(MaxTest = 100, Arbitrary = [typeof(FactArbitraries)])]
public partial class FactCubeTests
{
    [Property]
    public bool Merge_WithEmpty_IsIdentity(RowSet rows) =>
        LawGrains.All(grain =>
        {
            FactCube a = Aggregate(rows.Rows, grain);
            FactCube empty = FactCube.Empty(LawSchema, Gregorian, grain);
            return FactCube.Merge(a, empty).Equals(a) && FactCube.Merge(empty, a).Equals(a);
        });

    [Property]
    public bool Merge_IsCommutative(RowSet left, RowSet right) =>
        LawGrains.All(grain =>
        {
            FactCube a = Aggregate(left.Rows, grain);
            FactCube b = Aggregate(right.Rows, grain);
            return FactCube.Merge(a, b).Equals(FactCube.Merge(b, a));
        });

    [Property]
    public bool Merge_IsAssociative(RowSet first, RowSet second, RowSet third) =>
        LawGrains.All(grain =>
        {
            FactCube a = Aggregate(first.Rows, grain);
            FactCube b = Aggregate(second.Rows, grain);
            FactCube c = Aggregate(third.Rows, grain);
            return FactCube.Merge(FactCube.Merge(a, b), c).Equals(FactCube.Merge(a, FactCube.Merge(b, c)));
        });

    [Property]
    public bool Merge_OfPartialAggregates_EqualsOnePassOverTheUnion(RowSet left, RowSet right) =>
        LawGrains.All(grain =>
        {
            FactCube onePass = Aggregate(left.Rows.Concat(right.Rows), grain);
            FactCube merged = FactCube.Merge(Aggregate(left.Rows, grain), Aggregate(right.Rows, grain));
            return merged.Equals(onePass) && SameValues(merged, onePass);
        });

    [Property]
    public bool RollUp_OfMerge_EqualsMergeOfRollUps(RowSet left, RowSet right) =>
        LawGrains.All(grain =>
        {
            FactCube a = Aggregate(left.Rows, grain);
            FactCube b = Aggregate(right.Rows, grain);
            return FactCube.Merge(a, b).RollUp("sku").Equals(FactCube.Merge(a.RollUp("sku"), b.RollUp("sku")))
                && FactCube.Merge(a, b).Total().Equals(FactCube.Merge(a.Total(), b.Total()));
        });

    [Property]
    public bool Total_MatchesSumsComputedFromTheRows(RowSet rows)
    {
        FactCube total = Aggregate(rows.Rows, PeriodGrain.Month).Total();
        return total.Cells.All(cell =>
        {
            ScaledRow[] inPeriod = [.. rows.Rows.Where(r => cell.Period.Contains(r.Date))];
            long[] perDate(int measure) =>
                [.. inPeriod.GroupBy(r => r.Date).Select(g => g.Sum(r => r.Values[measure]))];
            ScaledRow[] lastDate = [.. inPeriod.Where(r => r.Date == inPeriod.Max(x => x.Date))];
            return cell.RowCount == inPeriod.Length
                && cell.GetValue("revenue") == FactValue.FromScaled(inPeriod.Sum(r => r.Values[1]))
                && cell.GetValue("on_hand_value") == FactValue.FromScaled(perDate(3).Sum()) / perDate(3).Length
                && cell.GetValue("customers_end") == FactValue.FromScaled(lastDate.Sum(r => r.Values[7]))
                && cell.GetValue("low_stock") == FactValue.FromScaled(perDate(8).Min())
                && cell.GetValue("peak_stock") == FactValue.FromScaled(perDate(9).Max())
                && cell.GetValue("forecast_abs_error") == FactValue.FromScaled(inPeriod.Sum(r => Math.Abs(r.Values[5] - r.Values[0])))
                && cell.DateCount == inPeriod.Select(r => r.Date).Distinct().Count();
        });
    }

    private static bool SameValues(FactCube x, FactCube y) =>
        x.Cells.Length == y.Cells.Length
        && x.Cells.Zip(y.Cells).All(pair => x.Measures.All(m => pair.First.GetValue(m.Id) == pair.Second.GetValue(m.Id)));
}
