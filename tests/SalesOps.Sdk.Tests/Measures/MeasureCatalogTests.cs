using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Tests.Measures;

public class MeasureCatalogTests
{
    private static readonly MeasureDefinition Footfall =
        MeasureDefinition.Flow("footfall", "Footfall", MeasureUnit.Count, "Visitors entering the store.", allowsNegative: false);

    [Fact]
    public void Standard_HoldsEveryStandardMeasureById()
    {
        MeasureCatalog.Standard.Should().HaveCount(StandardMeasures.All.Count);
        MeasureCatalog.Standard["on_hand_value"].Should().BeSameAs(StandardMeasures.OnHandValue);
        MeasureCatalog.Standard.Contains("revenue").Should().BeTrue();
        StandardMeasures.All.Select(m => m.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void With_NewMeasure_ReturnsALargerCatalogAndLeavesTheOriginal()
    {
        MeasureCatalog extended = MeasureCatalog.Standard.With(Footfall);

        extended.Should().HaveCount(MeasureCatalog.Standard.Count + 1);
        extended["footfall"].Should().BeSameAs(Footfall);
        extended.Last().Should().BeSameAs(Footfall);
        MeasureCatalog.Standard.Contains("footfall").Should().BeFalse();
    }

    [Fact]
    public void With_EqualDefinitionOfAnExistingId_ReturnsTheSameCatalog()
    {
        MeasureCatalog catalog = MeasureCatalog.Empty.With(Footfall);
        MeasureDefinition same = MeasureDefinition.Flow("footfall", "Footfall", MeasureUnit.Count, "Visitors entering the store.", allowsNegative: false);

        catalog.With(same).Should().BeSameAs(catalog);
    }

    [Fact]
    public void With_DifferentDefinitionOfAnExistingId_ThrowsNamingTheId()
    {
        MeasureDefinition conflicting = MeasureDefinition.Stock("revenue", "Revenue", MeasureUnit.Currency);

        Action act = () => MeasureCatalog.Standard.With(conflicting);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'revenue'");
    }

    [Fact]
    public void With_SameIdOtherDisplayName_Throws()
    {
        MeasureCatalog catalog = MeasureCatalog.Empty.With(Footfall);

        Action act = () => catalog.With(MeasureDefinition.Flow("footfall", "Visitors", MeasureUnit.Count, "Visitors entering the store.", allowsNegative: false));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsListingKnownIds()
    {
        MeasureCatalog catalog = MeasureCatalog.Empty.With(Footfall).With(StandardMeasures.Revenue);

        Action act = () => _ = catalog["visits"];

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("'visits'").And.Contain("footfall, revenue");
    }

    [Fact]
    public void TryGet_KnownAndUnknown_ReportsPresence()
    {
        MeasureCatalog.Standard.TryGet("cogs", out MeasureDefinition? cogs).Should().BeTrue();
        cogs.Should().BeSameAs(StandardMeasures.Cogs);
        MeasureCatalog.Standard.TryGet("visits", out MeasureDefinition? none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Empty_HasNoMeasures()
    {
        MeasureCatalog.Empty.Should().BeEmpty();
    }
}
