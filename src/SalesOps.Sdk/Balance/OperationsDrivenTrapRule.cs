namespace SalesOps.Sdk.Balance;

/// <summary>The operations-driven trap: efficiency improves while revenue or market share shrinks.</summary>
internal sealed class OperationsDrivenTrapRule : IBalanceRule
{
    public string Id => "operations_driven_trap";

    public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context)
    {
        BalanceThresholds t = context.Thresholds;
        MetricComparison revenue = context.Compare("revenue");
        MetricComparison share = context.Compare("market_share");
        MetricComparison cost = context.Compare("operating_cost_ratio");
        MetricComparison turnover = context.Compare("inventory_turnover");
        MetricComparison supply = context.Compare("days_of_supply");

        bool costDown = cost.RelativeChange <= -t.CostRatioDrop;
        bool turnsUp = turnover.RelativeChange >= t.TurnoverRise;
        bool supplyDown = supply.RelativeChange <= -t.DaysOfSupplyDrop;
        int efficiencySignals = (costDown ? 1 : 0) + (turnsUp ? 1 : 0) + (supplyDown ? 1 : 0);
        bool revenueDown = revenue.RelativeChange <= -t.RevenueChange;
        bool shareDown = share.RelativeChange <= -t.MarketShareDrop;
        if (efficiencySignals < 2 || !(revenueDown || shareDown))
        {
            yield break;
        }

        var evidence = new List<FindingEvidence>();
        if (costDown)
        {
            evidence.Add(cost.ToEvidence($"operating-cost-ratio fall ≥ {BalanceRules.Percent(t.CostRatioDrop)}"));
        }

        if (turnsUp)
        {
            evidence.Add(turnover.ToEvidence($"inventory-turnover rise ≥ {BalanceRules.Percent(t.TurnoverRise)}"));
        }

        if (supplyDown)
        {
            evidence.Add(supply.ToEvidence($"days-of-supply fall ≥ {BalanceRules.Percent(t.DaysOfSupplyDrop)}"));
        }

        if (revenueDown)
        {
            evidence.Add(revenue.ToEvidence($"revenue fall ≥ {BalanceRules.Percent(t.RevenueChange)}"));
        }

        if (shareDown)
        {
            evidence.Add(share.ToEvidence($"market-share fall ≥ {BalanceRules.Percent(t.MarketShareDrop)}"));
        }

        bool severe = (revenueDown && revenue.RelativeChange <= -3m * t.RevenueChange) || (revenueDown && shareDown);
        string shrinking = revenueDown
            ? $"revenue fell {BalanceRules.Percent(-revenue.RelativeChange!.Value)}"
            : $"market share fell {BalanceRules.Percent(-share.RelativeChange!.Value)}";
        yield return new BalanceFinding(
            Id,
            severe ? FindingSeverity.Critical : FindingSeverity.Warning,
            "Operations-driven trap: leaner operations in a shrinking business",
            $"Between {revenue.EarlierPeriods} and {revenue.LaterPeriods} operations became more efficient "
            + $"({efficiencySignals} of 3 efficiency KPIs improved) while {shrinking}. "
            + "Cutting cost and stock further will not win back the market: the business is optimising one subsystem at the expense of the whole.",
            [.. evidence],
            [
                "Reinvest part of the efficiency gains into growth: store layout, channels and staff training (reinvest).",
                "Bring market feedback into operations: set customer-oriented targets (availability, satisfaction, retention) next to cost targets.",
                "Declare the strategic orientation explicitly and check the measured balance against it every period.",
                "Review the assortment and service with sales in the S&OP meeting before cutting further.",
            ],
            BalanceRules.StagesOf(context, evidence));
    }
}
