using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Reinvestment;
using SalesOps.Sdk.ValueChain;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Sdk;

/// <summary>The dependency-injection entry point: <c>services.AddSalesOps(b =&gt; b.AddMetric&lt;MyMetric&gt;())</c>.</summary>
public static class SalesOpsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SalesOps services — the <see cref="MetricCatalog"/> (standard metrics plus every registered
    /// <see cref="IMetric"/>), the <see cref="MetricEngine"/> and the scorecard <see cref="ScoringMethods"/> (built-in
    /// plus every registered <see cref="IScoringMethod"/>) — with <c>TryAdd</c>, so a host can replace any of
    /// them and calling this twice registers nothing twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds custom metrics; may be null.</param>
    /// <returns>The builder, for further configuration.</returns>
    public static SalesOpsBuilder AddSalesOps(this IServiceCollection services, Action<SalesOpsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        SalesOpsRegistry registry = FindRegistry(services);
        services.TryAddSingleton<MetricCatalog>(provider =>
        {
            registry.Freeze();
            return MetricCatalog.Standard.With(provider.GetServices<IMetric>());
        });
        services.TryAddSingleton<MetricEngine>(provider => new MetricEngine(provider.GetRequiredService<MetricCatalog>()));
        services.TryAddSingleton<ScoringMethods>(provider =>
        {
            registry.Freeze();
            return ScoringMethods.Standard.With(provider.GetServices<IScoringMethod>());
        });
        services.TryAddSingleton(BalanceOptions.Default);
        services.TryAddSingleton<BalanceAnalyzer>(provider =>
        {
            registry.Freeze();
            BalanceOptions options = provider.GetRequiredService<BalanceOptions>();
            IBalanceRule[] hostRules = [.. provider.GetServices<IBalanceRule>()];
            return new BalanceAnalyzer(
                provider.GetRequiredService<MetricEngine>(),
                hostRules.Length == 0 ? options : options with { Rules = [.. options.Rules, .. hostRules] });
        });
        services.TryAddSingleton<ReinvestmentPlanner>(provider => new ReinvestmentPlanner(provider.GetRequiredService<MetricCatalog>()));
        services.TryAddSingleton(ValueChainOptions.Default);
        services.TryAddSingleton<ValueChainAnalyzer>(provider =>
            new ValueChainAnalyzer(provider.GetRequiredService<ValueChainOptions>(), provider.GetRequiredService<MetricCatalog>()));

        var builder = new SalesOpsBuilder(services, registry);
        configure?.Invoke(builder);
        return builder;
    }

    private static SalesOpsRegistry FindRegistry(IServiceCollection services)
    {
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(SalesOpsRegistry) && descriptor.ImplementationInstance is SalesOpsRegistry existing)
            {
                return existing;
            }
        }

        var registry = new SalesOpsRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
