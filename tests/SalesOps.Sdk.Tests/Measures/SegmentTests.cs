using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class SegmentTests
{
    [Fact]
    public void Constructor_CountsDiffer_Throws()
    {
        Action act = () => _ = new Segment(["sku", "store"], ["A"]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Indexer_KnownAndUnknownDimension_ReturnsValueOrThrows()
    {
        var segment = new Segment(["sku", "store"], ["A", "S1"]);

        segment["store"].Should().Be("S1");
        segment.Label.Should().Be("A/S1");
        ((Action)(() => _ = segment["region"])).Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("region");
    }

    [Fact]
    public void Total_HasNoDimensionsAndEqualsAnEmptySegment()
    {
        Segment.Total.IsTotal.Should().BeTrue();
        Segment.Total.Label.Should().Be("total");
        new Segment([], []).Should().Be(Segment.Total);
    }

    [Fact]
    public void Equals_IsOrdinalOnNamesAndValues()
    {
        new Segment(["sku"], ["A"]).Should().Be(new Segment(["sku"], ["A"]));
        new Segment(["sku"], ["A"]).GetHashCode().Should().Be(new Segment(["sku"], ["A"]).GetHashCode());
        new Segment(["sku"], ["A"]).Should().NotBe(new Segment(["sku"], ["a"]));
        new Segment(["sku"], ["A"]).Should().NotBe(new Segment(["store"], ["A"]));
    }

    [Fact]
    public void Comparer_OrdersByValuesOrdinal()
    {
        Segment[] segments = [new(["sku"], ["b"]), new(["sku"], ["B"]), new(["sku"], ["A"])];

        segments.Order(Segment.Comparer).Select(s => s.Label).Should().Equal("A", "B", "b");
    }
}
