namespace SalesOps.Sdk.Balance;

/// <summary>The sales-driven trap: promotion-fuelled growth with stockouts and/or overstock and eroding margin.</summary>
internal sealed class SalesDrivenTrapRule : IBalanceRule
{
    public string Id => "sales_driven_trap";

    public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context)
    {
        BalanceThresholds t = context.Thresholds;
        MetricComparison revenue = context.Compare("revenue");
        MetricComparison promo = context.Compare("promo_intensity");
        MetricComparison stockouts = context.Compare("stockout_rate");
        MetricComparison fill = context.Compare("fill_rate");
        MetricComparison supply = context.Compare("days_of_supply");
        MetricComparison margin = context.Compare("gross_margin_rate");

        bool revenueUp = revenue.RelativeChange >= t.RevenueChange;
        bool promoUp = promo.Change >= t.PromoIntensityRiseAbsolute
            && (promo.RelativeChange is not { } r || r >= t.PromoIntensityRise);
        bool stockoutsUp = stockouts.Change >= t.StockoutRateRise;
        bool fillDown = fill.Change <= -t.FillRateDrop;
        bool overstockUp = supply.RelativeChange >= t.DaysOfSupplyRise;
        bool marginDown = margin.Change <= -t.MarginRateDrop;
        if (!(revenueUp && promoUp && (stockoutsUp || fillDown || overstockUp) && marginDown))
        {
            yield break;
        }

        var evidence = new List<FindingEvidence>
        {
            revenue.ToEvidence($"revenue growth ≥ {BalanceRules.Percent(t.RevenueChange)}"),
            promo.ToEvidence($"promotion intensity rise ≥ {BalanceRules.Percent(t.PromoIntensityRise)} and ≥ {t.PromoIntensityRiseAbsolute}"),
        };
        if (stockoutsUp)
        {
            evidence.Add(stockouts.ToEvidence($"stockout-rate rise ≥ {BalanceRules.Points(t.StockoutRateRise)}"));
        }

        if (fillDown)
        {
            evidence.Add(fill.ToEvidence($"fill-rate fall ≥ {BalanceRules.Points(t.FillRateDrop)}"));
        }

        if (overstockUp)
        {
            evidence.Add(supply.ToEvidence($"days-of-supply rise ≥ {BalanceRules.Percent(t.DaysOfSupplyRise)}"));
        }

        evidence.Add(margin.ToEvidence($"gross-margin-rate fall ≥ {BalanceRules.Points(t.MarginRateDrop)}"));

        bool both = (stockoutsUp || fillDown) && overstockUp;
        bool deepMargin = margin.Change <= -3m * t.MarginRateDrop;
        string symptoms = both ? "stockouts and overstock at the same time" : overstockUp ? "overstock" : "stockouts";
        yield return new BalanceFinding(
            Id,
            both || deepMargin ? FindingSeverity.Critical : FindingSeverity.Warning,
            "Sales-driven trap: promotions buy revenue the supply chain cannot serve",
            $"Revenue grew {BalanceRules.Percent(revenue.RelativeChange!.Value)} between {revenue.EarlierPeriods} and {revenue.LaterPeriods}, "
            + $"but on promotions (intensity {promo.Before:0.###} → {promo.After:0.###}) while the supply chain answered with {symptoms} "
            + $"and the gross margin rate fell {BalanceRules.Points(-margin.Change!.Value)}. Growth is being bought, not earned, "
            + "and customers meet empty shelves while money sits in the wrong stock.",
            [.. evidence],
            [
                "Set inventory from sales data: safety stock, reorder points and order quantities per item (inventory-policy) to cut stockouts and overstock together.",
                "Agree one consensus demand plan in a cross-functional S&OP meeting before a promotion is launched, so supply is planned for it.",
                "Judge promotions on margin after promotion cost, not on revenue.",
                "Measure sales and operations on the same customer outcomes: service level, satisfaction and availability.",
            ],
            BalanceRules.StagesOf(context, evidence));
    }
}
