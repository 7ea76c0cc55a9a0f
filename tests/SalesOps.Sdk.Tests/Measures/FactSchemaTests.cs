using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class FactSchemaTests
{
    private static readonly MeasureDefinition[] Sales = [StandardMeasures.UnitsSold, StandardMeasures.Revenue];

    [Fact]
    public void Constructor_ValidSchema_KeepsOrderAndIndexes()
    {
        var schema = new FactSchema(["sku", "store"], Sales);

        schema.Dimensions.Should().Equal("sku", "store");
        schema.Measures.Should().Equal(Sales);
        schema.IndexOfMeasure("revenue").Should().Be(1);
        schema.IndexOfMeasure("cogs").Should().Be(-1);
        schema.IndexOfDimension("store").Should().Be(1);
        schema.IndexOfDimension("region").Should().Be(-1);
        schema.ToString().Should().Be("[sku, store] units_sold, revenue");
    }

    [Fact]
    public void Constructor_NoDimensions_IsAllowed()
    {
        new FactSchema([], Sales).Dimensions.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_FourDimensions_IsAllowed()
    {
        new FactSchema(["a", "b", "c", "d"], Sales).Dimensions.Should().HaveCount(FactSchema.MaxDimensions);
    }

    [Fact]
    public void Constructor_FiveDimensions_ThrowsNamingTheLimit()
    {
        Action act = () => _ = new FactSchema(["a", "b", "c", "d", "e"], Sales);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("4").And.Contain("5");
    }

    [Theory]
    [InlineData("Sku")]
    [InlineData("store-id")]
    [InlineData("1sku")]
    [InlineData("_sku")]
    [InlineData("")]
    [InlineData("sku ")]
    [InlineData("storeID")]
    public void Constructor_DimensionNotSnakeCase_ThrowsNamingIt(string dimension)
    {
        Action act = () => _ = new FactSchema(["sku", dimension], Sales);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{dimension}'");
    }

    [Fact]
    public void Constructor_NullDimension_Throws()
    {
        Action act = () => _ = new FactSchema(["sku", null!], Sales);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_RepeatedDimension_ThrowsNamingIt()
    {
        Action act = () => _ = new FactSchema(["store", "store"], Sales);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'store'");
    }

    [Fact]
    public void Constructor_RepeatedMeasure_ThrowsNamingIt()
    {
        Action act = () => _ = new FactSchema(["sku"], [StandardMeasures.Revenue, StandardMeasures.Cogs, StandardMeasures.Revenue]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'revenue'");
    }

    [Fact]
    public void Constructor_DimensionNamedLikeAMeasure_ThrowsNamingIt()
    {
        Action act = () => _ = new FactSchema(["sku", "revenue"], Sales);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'revenue'");
    }

    [Fact]
    public void Constructor_NoMeasures_Throws()
    {
        Action act = () => _ = new FactSchema(["sku"], []);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("measures");
    }

    [Fact]
    public void Constructor_NullMeasure_Throws()
    {
        Action act = () => _ = new FactSchema(["sku"], [StandardMeasures.Revenue, null!]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_SameDimensionsAndMeasures_IsTrue()
    {
        var a = new FactSchema(["sku"], Sales);
        var b = new FactSchema(["sku"], [StandardMeasures.UnitsSold, StandardMeasures.Revenue]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new FactSchema(["store"], Sales));
        a.Should().NotBe(new FactSchema(["sku"], [StandardMeasures.Revenue, StandardMeasures.UnitsSold]));
    }
}
