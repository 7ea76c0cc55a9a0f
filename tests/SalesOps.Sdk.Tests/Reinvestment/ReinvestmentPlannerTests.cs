using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Reinvestment;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Reinvestment;

public class ReinvestmentPlannerTests
{
    private static readonly ReinvestmentPlanner Planner = new(MetricCatalog.Standard);

    private static readonly ReinvestmentContext RevenueKnown = new()
    {
        CurrentValues = System.Collections.Immutable.ImmutableDictionary<string, decimal>.Empty.Add("revenue", 1_000m),
    };

    private static ReinvestmentBudget Budget(decimal available) =>
        ReinvestmentBudget.Compute(new Money(available, Currency.Usd), Money.Zero(Currency.Usd), ReinvestmentPolicy.Default with { Share = 1m, ReserveShare = 0m });

    private static ReinvestmentInitiative Candidate(string id, decimal cost, decimal revenueLift, decimal confidence = 1m) =>
        new(id, id, "operations", cost, [KpiEffect.Relative("revenue", revenueLift)], 1, confidence);

    [Fact]
    public void Plan_SmallCase_PicksTheBestCombinationNotTheGreedyOne()
    {
        // Greedy by density takes a (density 0.1/50) then cannot fit b or c; the optimum is b + c.
        ReinvestmentInitiative[] candidates = [Candidate("a", 60m, 0.10m), Candidate("b", 50m, 0.07m), Candidate("c", 50m, 0.07m)];

        ReinvestmentPlan plan = Planner.Plan(Budget(100m), candidates, RevenueKnown);

        plan.Funded.Select(f => f.Initiative.Id).Should().BeEquivalentTo(["b", "c"]);
        plan.IsExact.Should().BeTrue();
        plan.Remaining.Amount.Should().Be(0m);
        plan.Unfunded.Single().Reason.Should().Contain("does not fit");
        plan.ObjectiveValue.Should().Be(2 * ReinvestmentContext.BackgroundWeight * 0.07m);
    }

    [Property(MaxTest = 100)]
    public FsCheck.Property Plan_UpToTwelveCandidates_ReachesTheBruteForceOptimum()
    {
        Gen<(int Cost, int Lift)> item = Gen.Choose(1, 100).SelectMany(c => Gen.Choose(-20, 60).Where(l => l != 0).Select(l => (c, l)));
        Gen<(int Budget, (int Cost, int Lift)[] Items)> cases = Gen.Choose(0, 400).SelectMany(b => Gen.ArrayOf(item).Where(a => a.Length is > 0 and <= 12).Select(a => (b, a)));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            ReinvestmentInitiative[] candidates = [.. c.Items.Select((x, i) => Candidate($"i{i}", x.Cost, x.Lift / 100m))];
            ReinvestmentPlan plan = Planner.Plan(Budget(c.Budget), candidates, RevenueKnown);
            decimal[] values = [.. candidates.Select(x => Planner.Value(x, RevenueKnown))];
            decimal best = 0m;
            for (int mask = 0; mask < 1 << candidates.Length; mask++)
            {
                decimal cost = 0m;
                decimal value = 0m;
                for (int i = 0; i < candidates.Length; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        cost += candidates[i].Cost;
                        value += values[i];
                    }
                }

                if (cost <= c.Budget && value > best)
                {
                    best = value;
                }
            }

            bool ok = plan.ObjectiveValue == best
                && plan.Funded.Sum(f => f.Amount.Amount) <= c.Budget
                && plan.Funded.Length + plan.Unfunded.Length == candidates.Length;
            return ok.Label($"budget {c.Budget}, items [{string.Join(", ", c.Items.Select(x => $"{x.Cost}:{x.Lift}"))}], planned {plan.ObjectiveValue} [{string.Join(",", plan.Funded.Select(f => f.Initiative.Id))}], best {best}");
        });
    }

    [Fact]
    public void Plan_SameInput_SamePlan()
    {
        ReinvestmentContext context = SalesTrapContext(out _);
        ReinvestmentBudget budget = Budget(150_000m);

        ReinvestmentPlan first = Planner.Plan(budget, InitiativePresets.Retail, context);
        ReinvestmentPlan second = Planner.Plan(budget, [.. InitiativePresets.Retail.Reverse()], context);

        second.Funded.Select(f => f.Initiative.Id).Should().Equal(first.Funded.Select(f => f.Initiative.Id));
        second.ObjectiveValue.Should().Be(first.ObjectiveValue);
    }

    [Fact]
    public void Plan_SalesTrapDiagnosis_FundsReplenishmentAndSopBeforeChannelExpansion()
    {
        ReinvestmentContext context = SalesTrapContext(out BalanceDiagnosis diagnosis);

        ReinvestmentPlan plan = Planner.Plan(Budget(150_000m), InitiativePresets.Retail, context);

        diagnosis.HasFinding("sales_driven_trap").Should().BeTrue();
        context.Priorities.Select(p => p.MetricId).Should().Contain(["stockout_rate", "gross_margin_rate", "days_of_supply"]);
        context.Priorities.Should().NotContain(p => p.MetricId == "revenue", "revenue rose: it is not a weak KPI");
        plan.Funded.Select(f => f.Initiative.Id).Should().Contain(["replenishment_system", "sop_process"]);
        plan.Funded.Select(f => f.Initiative.Id).Should().NotContain("channel_expansion");
        plan.ExpectedChanges.Single(c => c.MetricId == "stockout_rate").Change.Should().BeNegative();
    }

    [Fact]
    public void Plan_OperationsTrapDiagnosis_RevenueBecomesThePriority()
    {
        FactCube cube = Fixtures.Cube("ops_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month);
        var engine = new MetricEngine(MetricCatalog.Standard);
        BalanceDiagnosis diagnosis = new BalanceAnalyzer(engine).Diagnose(cube);
        ReinvestmentContext context = ReinvestmentContext.FromDiagnosis(diagnosis, cube, engine);

        ReinvestmentPlan plan = Planner.Plan(Budget(130_000m), InitiativePresets.Retail, context);

        context.Priorities.Should().Contain(p => p.MetricId == "revenue" && p.PreferredDirection == 1 && p.Weight == 3m);
        plan.Funded.Select(f => f.Initiative.Id).Should().Contain("channel_expansion");
        plan.Funded.Should().OnlyContain(f => f.PaybackMonths == null || f.PaybackMonths > f.Initiative.MonthsToEffect);
    }

    [Fact]
    public void Plan_InvalidCandidates_ListsEveryProblemWithItsPath()
    {
        ReinvestmentInitiative[] candidates =
        [
            new("ok", "Fine", "operations", 10m, [KpiEffect.Relative("revenue", 0.01m)], 1, 0.5m),
            new("negative_cost", "Negative", "operations", -5m, [KpiEffect.Relative("revenue", 0.01m)], 1, 0.5m),
            new("unknown_kpi", "Unknown KPI", "operations", 5m, [KpiEffect.Relative("happiness_index", 0.01m)], 1, 0.5m),
            new("wrong_unit", "Wrong unit", "operations", 5m, [KpiEffect.Absolute("stockout_rate", -2m, MeasureUnit.Days)], 1, 0.5m),
            new("ok", "Duplicate", "operations", 5m, [KpiEffect.Relative("revenue", 0.01m)], 1, 1.5m),
        ];

        Action act = () => Planner.Plan(Budget(100m), candidates, RevenueKnown);

        ReinvestmentValidationException ex = act.Should().Throw<ReinvestmentValidationException>().Which;
        ex.Problems.Should().Contain(p => p.StartsWith("initiatives[1].cost:", StringComparison.Ordinal) && p.Contains("negative", StringComparison.Ordinal));
        ex.Problems.Should().Contain(p => p.StartsWith("initiatives[2].effects[0].metric_id:", StringComparison.Ordinal) && p.Contains("happiness_index", StringComparison.Ordinal));
        ex.Problems.Should().Contain(p => p.StartsWith("initiatives[3].effects[0].unit:", StringComparison.Ordinal) && p.Contains("ratio", StringComparison.Ordinal) && p.Contains("days", StringComparison.Ordinal));
        ex.Problems.Should().Contain(p => p.StartsWith("initiatives[4].confidence:", StringComparison.Ordinal));
        ex.Problems.Should().Contain(p => p.StartsWith("initiatives[0, 4].id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_EmptyCandidateList_IsRefused()
    {
        Action act = () => Planner.Plan(Budget(100m), [], RevenueKnown);

        act.Should().Throw<ReinvestmentValidationException>().Which.Problems.Should().ContainSingle(p => p.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_MoreThanThirtyCandidates_UsesTheHeuristicWithinBudget()
    {
        ReinvestmentInitiative[] candidates = [.. Enumerable.Range(0, 40).Select(i => Candidate($"c{i:00}", 10 + i, (i % 7 + 1) / 100m))];

        ReinvestmentPlan plan = Planner.Plan(Budget(300m), candidates, RevenueKnown);

        plan.IsExact.Should().BeFalse();
        plan.Funded.Sum(f => f.Amount.Amount).Should().BeLessThanOrEqualTo(300m);
        plan.Remaining.Amount.Should().Be(300m - plan.Funded.Sum(f => f.Amount.Amount));
    }

    [Fact]
    public void Serializer_RoundTripsThePresets()
    {
        string json = InitiativeSerializer.Serialize(InitiativePresets.Retail);

        ImmutableArray<ReinvestmentInitiative> back = InitiativeSerializer.Parse(json);

        back.Should().HaveCount(InitiativePresets.Retail.Length);
        for (int i = 0; i < back.Length; i++)
        {
            back[i].Should().BeEquivalentTo(InitiativePresets.Retail[i]);
        }

        json.Should().Contain("\"months_to_effect\"").And.Contain("\"kind\": \"relative\"");
    }

    [Fact]
    public void Serializer_BadJson_NamesThePath()
    {
        Action act = () => InitiativeSerializer.Parse("""{"initiatives": [{"id": "x", "name": "X", "stage": "operations", "cost": "cheap"}]}""");

        act.Should().Throw<ReinvestmentValidationException>().WithMessage("*$.initiatives[0].cost*");
    }

    [Fact]
    public void Presets_AreValid()
    {
        Planner.Validate(InitiativePresets.Retail).Should().BeEmpty();
        Planner.Validate(InitiativePresets.Services).Should().BeEmpty();
    }

    private static ReinvestmentContext SalesTrapContext(out BalanceDiagnosis diagnosis)
    {
        FactCube cube = Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month);
        var engine = new MetricEngine(MetricCatalog.Standard);
        diagnosis = new BalanceAnalyzer(engine).Diagnose(cube);
        return ReinvestmentContext.FromDiagnosis(diagnosis, cube, engine);
    }
}

public class ReinvestmentValueTests
{
    [Fact]
    public void Value_EffectOnAKpiTheDataLacks_CountsForNothing()
    {
        var planner = new ReinvestmentPlanner(MetricCatalog.Standard);
        var context = new ReinvestmentContext { CurrentValues = System.Collections.Immutable.ImmutableDictionary<string, decimal>.Empty.Add("stockout_rate", 0.1m) };
        var initiative = new ReinvestmentInitiative("x", "X", "operations", 1m,
            [KpiEffect.Absolute("customer_satisfaction", 0.5m, MeasureUnit.Score), KpiEffect.Absolute("stockout_rate", -0.02m, MeasureUnit.Ratio)], 0, 0.5m);

        // Only the stockout effect counts: confidence 0.5 × background weight 0.25 × (−0.02 / 0.1 in the preferred, downward direction).
        planner.Value(initiative, context).Should().Be(0.5m * ReinvestmentContext.BackgroundWeight * 0.2m);
    }
}
