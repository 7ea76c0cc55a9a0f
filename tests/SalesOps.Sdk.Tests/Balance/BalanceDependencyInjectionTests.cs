using Microsoft.Extensions.DependencyInjection;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Periods;
using SalesOps.Sdk.Reinvestment;
using SalesOps.Sdk.Tests.TestSupport;

namespace SalesOps.Sdk.Tests.Balance;

public class BalanceDependencyInjectionTests
{
    [Fact]
    public void AddSalesOps_RegistersAnalyzerAndPlannerOnce()
    {
        var services = new ServiceCollection();
        services.AddSalesOps();
        services.AddSalesOps(b => b.AddBalanceRule<AlwaysRule>().AddBalanceRule<AlwaysRule>());

        services.Count(d => d.ServiceType == typeof(BalanceAnalyzer)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ReinvestmentPlanner)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(SalesOps.Sdk.ValueChain.ValueChainAnalyzer)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IBalanceRule)).Should().Be(1);
    }

    [Fact]
    public void AddBalanceRule_RuleRunsAfterTheBuiltInOnes()
    {
        using ServiceProvider provider = new ServiceCollection().AddSalesOps(b => b.AddBalanceRule<AlwaysRule>()).Services.BuildServiceProvider();

        BalanceDiagnosis d = provider.GetRequiredService<BalanceAnalyzer>()
            .Diagnose(Fixtures.Cube("sales_trap.csv", ReportingCalendars.Gregorian, PeriodGrain.Month));

        d.HasFinding("always").Should().BeTrue();
        d.HasFinding("sales_driven_trap").Should().BeTrue();
    }

    [Fact]
    public void AddBalanceRule_AfterTheAnalyzerIsBuilt_Throws()
    {
        SalesOpsBuilder builder = new ServiceCollection().AddSalesOps();
        using ServiceProvider provider = builder.Services.BuildServiceProvider();
        _ = provider.GetRequiredService<BalanceAnalyzer>();

        Action act = () => builder.AddBalanceRule<AlwaysRule>();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void HostBalanceOptions_ReplaceTheDefaults()
    {
        var services = new ServiceCollection();
        services.AddSingleton(BalanceOptions.Services);
        services.AddSalesOps();
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<BalanceAnalyzer>().Options.Should().BeSameAs(BalanceOptions.Services);
    }

    private sealed class AlwaysRule : IBalanceRule
    {
        public string Id => "always";

        public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context) =>
            [new BalanceFinding(Id, FindingSeverity.Info, "Always", "Always there.", [], [], [])];
    }
}
