using SalesOps.Sdk.Planning;

namespace SalesOps.Sdk.Tests.Planning;

public class AbcXyzClassificationTests
{
    private static KeyValuePair<string, decimal> Item(string id, decimal revenue) => KeyValuePair.Create(id, revenue);

    [Fact]
    public void ClassifyAbc_ShareAboveExactlyAtCutoff_FallsToNextClass()
    {
        // a: 0% above → A; b: exactly 80% above → not below 80% → B; c: exactly 95% above → C.
        var classes = AbcXyzClassification.ClassifyAbc([Item("c", 5m), Item("a", 80m), Item("b", 15m)]);

        classes.Should().BeEquivalentTo(new Dictionary<string, AbcClass> { ["a"] = AbcClass.A, ["b"] = AbcClass.B, ["c"] = AbcClass.C });
    }

    [Fact]
    public void ClassifyAbc_ShareAboveJustBelowCutoff_StaysInClass()
    {
        // b: 79% above → A (it completes the A group); c: 95% above → C.
        var classes = AbcXyzClassification.ClassifyAbc([Item("a", 79m), Item("b", 16m), Item("c", 5m)]);

        classes["b"].Should().Be(AbcClass.A);
        classes["c"].Should().Be(AbcClass.C);
    }

    [Fact]
    public void ClassifyAbc_JustBelowB_IsB()
    {
        // c: 94.9% above → B.
        var classes = AbcXyzClassification.ClassifyAbc([Item("a", 800m), Item("b", 149m), Item("c", 51m)]);

        classes["b"].Should().Be(AbcClass.B);
        classes["c"].Should().Be(AbcClass.B);
    }

    [Fact]
    public void ClassifyAbc_TiesRankedById()
    {
        // Equal revenue: "a" ranks first (share above 0), "b" second (share above 0.5 = the A cut-off) → B.
        var classes = AbcXyzClassification.ClassifyAbc([Item("b", 50m), Item("a", 50m)], new ClassificationCutoffs(AbcA: 0.5m));

        classes["a"].Should().Be(AbcClass.A);
        classes["b"].Should().Be(AbcClass.B);
    }

    [Fact]
    public void ClassifyAbc_CustomCutoffs_Apply()
    {
        var classes = AbcXyzClassification.ClassifyAbc([Item("a", 60m), Item("b", 30m), Item("c", 10m)], new ClassificationCutoffs(AbcA: 0.6m, AbcB: 0.9m));

        classes["a"].Should().Be(AbcClass.A);
        classes["b"].Should().Be(AbcClass.B);
        classes["c"].Should().Be(AbcClass.C);
    }

    [Theory]
    [InlineData("0", XyzClass.X)]
    [InlineData("0.5", XyzClass.X)]
    [InlineData("0.5000001", XyzClass.Y)]
    [InlineData("1.0", XyzClass.Y)]
    [InlineData("1.0000001", XyzClass.Z)]
    [InlineData("7", XyzClass.Z)]
    public void ClassifyXyz_DefaultBoundaries_AreInclusive(string cv, XyzClass expected)
    {
        AbcXyzClassification.ClassifyXyz(decimal.Parse(cv, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Fact]
    public void ClassifyXyz_CustomCutoffs_Apply()
    {
        var cutoffs = new ClassificationCutoffs(XyzX: 0.25m, XyzY: 0.75m);

        AbcXyzClassification.ClassifyXyz(0.25m, cutoffs).Should().Be(XyzClass.X);
        AbcXyzClassification.ClassifyXyz(0.26m, cutoffs).Should().Be(XyzClass.Y);
        AbcXyzClassification.ClassifyXyz(0.76m, cutoffs).Should().Be(XyzClass.Z);
    }

    [Fact]
    public void Classify_InvalidCutoffs_ListEveryProblem()
    {
        var cutoffs = new ClassificationCutoffs(AbcA: 0m, AbcB: 1.2m, XyzX: -0.1m, XyzY: -0.2m);

        Action abc = () => AbcXyzClassification.ClassifyAbc([Item("a", 1m)], cutoffs);
        Action xyz = () => AbcXyzClassification.ClassifyXyz(0.3m, cutoffs);

        abc.Should().Throw<ArgumentException>().Which.Message.Should()
            .Contain("abcA 0").And.Contain("abcB 1.2").And.Contain("xyzX -0.1").And.Contain("xyzY -0.2");
        xyz.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ClassifyAbc_BadItems_Throw()
    {
        ((Action)(() => AbcXyzClassification.ClassifyAbc([Item("a", 0m), Item("b", 0m)]))).Should().Throw<ArgumentException>().WithMessage("*positive total revenue*");
        ((Action)(() => AbcXyzClassification.ClassifyAbc([Item("a", 1m), Item("a", 2m)]))).Should().Throw<ArgumentException>().WithMessage("*'a'*");
        ((Action)(() => AbcXyzClassification.ClassifyXyz(-0.1m))).Should().Throw<ArgumentOutOfRangeException>();
    }
}
