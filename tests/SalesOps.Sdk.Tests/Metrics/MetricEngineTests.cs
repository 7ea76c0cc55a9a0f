using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using static SalesOps.Sdk.Tests.Metrics.TestMetrics;

namespace SalesOps.Sdk.Tests.Metrics;

public class MetricEngineTests
{
    private static FactCube SkuCube() => MetricTestData.Cube(
        ["revenue", "cogs", "units_sold", "forecast_units", "on_hand_value"],
        new TestRow("2023-01-03", "a", 100.10m, 60m, 10m, 12m, 500m),
        new TestRow("2023-01-03", "b", 50.20m, 20m, 5m, 4m, 200m),
        new TestRow("2023-01-20", "c", 30m, 10m, 3m, 3m, 100m),
        new TestRow("2023-02-07", "a", 80m, 50m, 8m, 10m, 450m),
        new TestRow("2023-02-08", "b", 0m, 0m, 0m, 2m, 180m),
        new TestRow("2023-03-01", "c", 45.55m, 20m, 4m, 5m, 90m));

    [Fact]
    public void Evaluate_MetricThrows_NotAvailableWithExceptionAndOthersUnaffected()
    {
        var engine = new MetricEngine(MetricCatalog.Standard.With([new ThrowingMetric()]));
        FactCube cube = MetricTestData.Cube(["revenue"], new TestRow("2023-01-01", "a", 100m)).Total();

        MetricResultRow row = engine.Evaluate(cube, ["throws", "revenue"]).Rows.Should().ContainSingle().Subject;

        row["throws"].IsAvailable.Should().BeFalse();
        row["throws"].Reason.Should().Contain(nameof(InvalidOperationException)).And.Contain("boom in the host metric");
        row["revenue"].Value.Should().Be(100m);
    }

    [Fact]
    public void Evaluate_ReadsUndeclaredDependency_NotAvailableSayingItDoesNotDeclareIt()
    {
        IMetric sneaky = Metric.Derived(Def("sneaky"), context => MetricValue.Of(context.Metric("revenue").Value ?? 0m));
        var engine = new MetricEngine(MetricCatalog.Standard.With([sneaky]));
        FactCube cube = MetricTestData.Cube(["revenue"], new TestRow("2023-01-01", "a", 100m)).Total();

        MetricResult result = engine.Evaluate(cube, ["revenue", "sneaky"]).Rows[0]["sneaky"];

        result.Value.Should().BeNull();
        result.Reason.Should().Contain("sneaky").And.Contain("revenue").And.Contain("does not declare");
    }

    [Fact]
    public void Evaluate_MetricReturnsDefault_NotAvailableWithReason()
    {
        IMetric empty = Metric.Derived(Def("empty"), _ => default);
        var engine = new MetricEngine(MetricCatalog.Create([empty]));
        FactCube cube = MetricTestData.Cube(["revenue"], new TestRow("2023-01-01", "a", 100m)).Total();

        MetricResult result = engine.Evaluate(cube).Rows[0]["empty"];

        result.IsAvailable.Should().BeFalse();
        result.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Explain_RatioMetric_ContainsFormulaAndInputValues()
    {
        FactCube cube = MetricTestData.Cube(["revenue", "cogs"], new TestRow("2023-01-05", "a", 100m, 60m), new TestRow("2023-01-06", "b", 50m, 30m));

        MetricResult result = MetricTestData.EvaluateTotal(cube, "gross_margin_rate")[0];
        string text = result.Explain();

        text.Should().StartWith("gross_margin_rate = gross_margin / revenue = 0.4");
        text.Should().Contain("gross_margin = 60").And.Contain("revenue = 150").And.Contain("2023-01").And.Contain("total");
    }

    [Fact]
    public void Explain_NotAvailable_ContainsTheReason()
    {
        FactCube cube = MetricTestData.Cube(["revenue", "cogs"], new TestRow("2023-01-05", "a", 0m, 0m));

        string text = MetricTestData.EvaluateTotal(cube, "gross_margin_rate")[0].Explain();

        text.Should().Contain("gross_margin / revenue").And.Contain("n/a (division by zero");
    }

    [Fact]
    public void Evaluate_PerSku_RevenueSumsToTheTotal()
    {
        FactCube cube = SkuCube();
        var engine = new MetricEngine(MetricCatalog.Standard);

        MetricResultSet perSku = engine.Evaluate(cube.RollUp("sku"), ["revenue", "gross_margin"]);
        MetricResultSet total = engine.Evaluate(cube.Total(), ["revenue", "gross_margin"]);

        perSku.Rows.Should().HaveCount(6);
        perSku.Rows.Should().OnlyContain(r => r.Segment.Dimensions.SequenceEqual(new[] { "sku" }));
        foreach (MetricResultRow totalRow in total.Rows)
        {
            MetricResultRow[] skuRows = [.. perSku.Rows.Where(r => r.Period.Equals(totalRow.Period))];
            skuRows.Sum(r => r["revenue"].Value!.Value).Should().Be(totalRow["revenue"].Value!.Value);
            skuRows.Sum(r => r["gross_margin"].Value!.Value).Should().Be(totalRow["gross_margin"].Value!.Value);
        }

        total.Rows.Select(r => r["revenue"].Value).Should().Equal(180.30m, 80m, 45.55m);
        MetricResult skuA = perSku.Get(perSku.Periods[0], perSku.Rows[0].Segment, "revenue")!;
        skuA.Segment.Label.Should().Be("a");
        skuA.Value.Should().Be(100.10m);
    }

    [Fact]
    public void Evaluate_PerSku_GrowthComparesTheSameSku()
    {
        FactCube cube = SkuCube().RollUp("sku");

        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(cube, ["revenue_growth"]);

        Segment a = results.Rows.First(r => r.Segment.Label == "a").Segment;
        IReadOnlyList<MetricResult> series = results.Series("revenue_growth", a);
        series.Should().HaveCount(2);
        series[0].IsAvailable.Should().BeFalse();
        series[1].Value.Should().Be((80m / 100.10m) - 1m);
    }

    [Fact]
    public void Evaluate_SharedDependency_EvaluatedOncePerCell()
    {
        var counting = new CountingMetric();
        MetricCatalog catalog = MetricCatalog.Create([counting, Sum("left", "counted"), Sum("right", "counted"), Sum("both", "left", "right")]);
        FactCube cube = SkuCube().RollUp("sku");

        MetricResultSet results = new MetricEngine(catalog).Evaluate(cube, ["left", "right", "both"]);

        results.Rows.Should().HaveCount(6);
        counting.Calls.Should().Be(6);
        results.Rows.Should().OnlyContain(r => r["both"].Value == 2 * r["left"].Value);
    }

    [Fact]
    public void Evaluate_UnrequestedMetric_IsNotEvaluated()
    {
        var counting = new CountingMetric();
        MetricCatalog catalog = MetricCatalog.Create([counting, Sum("other")]);

        new MetricEngine(catalog).Evaluate(SkuCube().Total(), ["other"]);

        counting.Calls.Should().Be(0);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e300)]
    public void FromDouble_NotFinite_IsNotAvailable(double value)
    {
        MetricValue result = MetricValue.FromDouble(value);

        result.IsAvailable.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void FromDouble_Finite_IsTheValue()
    {
        MetricValue.FromDouble(0.25).Value.Should().Be(0.25m);
    }

    [Fact]
    public void Evaluate_MetricComputingNaN_NotAvailable()
    {
        IMetric root = Metric.Derived(Def("root_of_negative"), _ => MetricValue.FromDouble(Math.Sqrt(-1)));
        FactCube cube = MetricTestData.Cube(["revenue"], new TestRow("2023-01-01", "a", 1m)).Total();

        MetricResult result = new MetricEngine(MetricCatalog.Create([root])).Evaluate(cube).Rows[0]["root_of_negative"];

        result.Value.Should().BeNull();
        result.Reason.Should().Contain("NaN");
    }

    [Fact]
    public void Evaluate_EmptyCatalog_GivesRowsWithoutResults()
    {
        FactCube cube = MetricTestData.Cube(["revenue"], new TestRow("2023-01-01", "a", 1m)).Total();

        MetricResultSet results = new MetricEngine(MetricCatalog.Create([])).Evaluate(cube);

        results.Rows.Should().ContainSingle().Which.Results.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_EmptyRequest_GivesRowsWithoutResults()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(SkuCube().Total(), []);

        results.Rows.Should().HaveCount(3);
        results.Rows.Should().OnlyContain(r => r.Results.IsEmpty);
    }

    [Fact]
    public void Evaluate_ManyThreadsAtOnce_GiveEqualDeterministicResults()
    {
        var engine = new MetricEngine(MetricCatalog.Standard);
        FactCube cube = SkuCube().RollUp("sku");
        string[] expected = Snapshot(engine.Evaluate(cube));
        var actual = new string[16][];

        Parallel.For(0, actual.Length, i => actual[i] = Snapshot(engine.Evaluate(cube)));

        expected.Should().NotBeEmpty();
        expected.Should().Contain(s => s.Contains("gross_margin_rate", StringComparison.Ordinal));
        foreach (string[] run in actual)
        {
            run.Should().Equal(expected);
        }
    }

    private static string[] Snapshot(MetricResultSet results) =>
        [.. results.Rows.SelectMany(r => r.Results).Select(r => r.ToString())];

    [Fact]
    public void Results_AccessedTwiceAndThroughGet_SameObjects()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(SkuCube().RollUp("sku"), ["revenue", "gross_margin"]);
        MetricResultRow row = results.Rows[0];

        row.Results.Should().HaveCount(2);
        row.Results[1].Should().BeSameAs(row.Results[1]);
        results.Get(row.Period, row.Segment, "gross_margin").Should().BeSameAs(row.Results[1]);
        results.Series("revenue", row.Segment)[0].Should().BeSameAs(row.Results[0]);
    }

    [Fact]
    public void Inputs_GrowthMetric_ValuesOfThisAndThePreviousPeriod()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(SkuCube().RollUp("sku"), ["revenue_growth"]);
        MetricResultRow february = results.Rows.Single(r => r.Segment.Label == "a" && r.Period.Equals(results.Periods[1]));

        february["revenue_growth"].Inputs.Should().Equal(new MetricInput("revenue", 80m), new MetricInput("revenue_previous", 100.10m));
        february["revenue_growth"].Value.Should().Be((80m / 100.10m) - 1m);
    }

    [Fact]
    public void Inputs_OfADependencyReadDuringEvaluation_TheDependencysInputs()
    {
        IMetric counter = Metric.Derived(
            Def("input_count", "gross_margin_rate"),
            context => MetricValue.Of(context.Metric("gross_margin_rate").Inputs.Length));
        var engine = new MetricEngine(MetricCatalog.Standard.With([counter]));

        MetricResultSet results = engine.Evaluate(SkuCube().RollUp("sku"), ["input_count"]);

        results.Rows.Should().OnlyContain(r => r["input_count"].Value == 2m);
    }

    [Fact]
    public void Inputs_ReadFromManyThreadsAtOnce_TheSameArrayForAll()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(SkuCube().RollUp("sku"), ["gross_margin_rate"]);
        MetricResult result = results.Rows[0]["gross_margin_rate"];

        var seen = new System.Collections.Concurrent.ConcurrentBag<System.Collections.Immutable.ImmutableArray<MetricInput>>();
        Parallel.For(0, 64, _ => seen.Add(result.Inputs));

        seen.Should().OnlyContain(inputs => inputs == result.Inputs);
        result.Inputs.Should().Equal(new MetricInput("gross_margin", 40.10m), new MetricInput("revenue", 100.10m));
    }

    [Fact]
    public void Equals_RowCopiedWithWith_EqualToTheOriginalNotToAnotherRow()
    {
        MetricResultSet results = new MetricEngine(MetricCatalog.Standard).Evaluate(SkuCube().RollUp("sku"), ["revenue"]);
        MetricResultRow row = results.Rows[0];

        MetricResultRow copy = row with { };

        copy.Should().Be(row);
        copy.GetHashCode().Should().Be(row.GetHashCode());
        (row with { Results = [] }).Should().NotBe(row);
        results.Rows[1].Should().NotBe(row);
        new MetricResultRow(row.Period, row.Segment, row.Results).Should().Be(row);
    }
}
