using Microsoft.Extensions.DependencyInjection;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Sdk.Tests.Scorecards;

public class ScoringMethodRegistrationTests
{
    [Fact]
    public void AddSalesOps_Default_RegistersTheStandardScoringMethods()
    {
        using ServiceProvider provider = new ServiceCollection().AddSalesOps().Services.BuildServiceProvider();

        provider.GetRequiredService<ScoringMethods>().Names.Should().Equal(ScoringMethods.Standard.Names);
    }

    [Fact]
    public void AddScoringMethod_TwiceAndThroughTwoAddSalesOpsCalls_RegistersTheMethodOnce()
    {
        var services = new ServiceCollection();
        services.AddSalesOps(b => b.AddScoringMethod<HalfScoring>().AddScoringMethod<HalfScoring>());
        services.AddSalesOps(b => b.AddScoringMethod<HalfScoring>());

        services.Count(d => d.ServiceType == typeof(IScoringMethod)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ScoringMethods)).Should().Be(1);
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<ScoringMethods>().Contains("half").Should().BeTrue();
    }

    [Fact]
    public void AddScoringMethod_AfterTheMethodsWereBuilt_Throws()
    {
        SalesOpsBuilder builder = new ServiceCollection().AddSalesOps();
        using ServiceProvider provider = builder.Services.BuildServiceProvider();
        _ = provider.GetRequiredService<ScoringMethods>();

        Action act = () => builder.AddScoringMethod<HalfScoring>();

        act.Should().Throw<InvalidOperationException>();
    }
}
