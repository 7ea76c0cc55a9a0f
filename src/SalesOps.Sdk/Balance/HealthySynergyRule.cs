namespace SalesOps.Sdk.Balance;

/// <summary>Healthy synergy: growth with stable or improving service, inventory productivity and margin.</summary>
internal sealed class HealthySynergyRule : IBalanceRule
{
    public string Id => "healthy_synergy";

    public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context)
    {
        BalanceThresholds t = context.Thresholds;
        MetricComparison revenue = context.Compare("revenue");
        MetricComparison stockouts = context.Compare("stockout_rate");
        MetricComparison fill = context.Compare("fill_rate");
        MetricComparison turnover = context.Compare("inventory_turnover");
        MetricComparison margin = context.Compare("gross_margin_rate");

        bool growing = revenue.RelativeChange >= t.HealthyRevenueGrowth;
        bool serviceKnown = stockouts.IsAvailable || fill.IsAvailable;
        bool serviceStable = (!stockouts.IsAvailable || stockouts.Change <= t.ServiceSlack)
            && (!fill.IsAvailable || fill.Change >= -t.ServiceSlack);
        bool productivityStable = turnover.IsAvailable && turnover.RelativeChange >= -t.ProductivitySlack;
        bool marginStable = !margin.IsAvailable || margin.Change > -t.MarginRateDrop;
        if (!(growing && serviceKnown && serviceStable && productivityStable && marginStable))
        {
            yield break;
        }

        FindingEvidence[] evidence =
        [
            revenue.ToEvidence($"revenue growth ≥ {BalanceRules.Percent(t.HealthyRevenueGrowth)}"),
            .. new[] { stockouts, fill }.Where(c => c.IsAvailable).Select(c => c.ToEvidence($"service stable within {BalanceRules.Points(t.ServiceSlack)}")),
            turnover.ToEvidence($"turnover not down more than {BalanceRules.Percent(t.ProductivitySlack)}"),
        ];
        yield return new BalanceFinding(
            Id,
            FindingSeverity.Info,
            "Healthy synergy: growth that operations can serve",
            $"Revenue grew {BalanceRules.Percent(revenue.RelativeChange!.Value)} between {revenue.EarlierPeriods} and {revenue.LaterPeriods} "
            + "while service, inventory productivity and margin held or improved: sales and operations are pulling together.",
            [.. evidence],
            [
                "Keep reinvesting part of the growth into operations (store layout, channels, staff training) so it lasts.",
                "Keep the consensus S&OP rhythm that made it work; review the balance index every period.",
            ],
            BalanceRules.StagesOf(context, evidence));
    }
}
