using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Sdk;

/// <summary>
/// Configures SalesOps in a service collection: returned by
/// <see cref="SalesOpsServiceCollectionExtensions.AddSalesOps"/>; methods return the builder for chaining.
/// </summary>
public sealed class SalesOpsBuilder
{
    private readonly SalesOpsRegistry _registry;

    internal SalesOpsBuilder(IServiceCollection services, SalesOpsRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    /// <summary>The service collection, for registrations the builder has no method for.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Adds a custom metric type, created by the container (it may take constructor-injected services). A metric with
    /// the id of a standard one replaces it. Adding the same type twice registers it once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The metric catalog has already been built by a service provider.</exception>
    public SalesOpsBuilder AddMetric<TMetric>()
        where TMetric : class, IMetric
    {
        _registry.ThrowIfFrozen(typeof(TMetric).Name);
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMetric, TMetric>());
        return this;
    }

    /// <summary>Adds a metric instance (e.g. from <see cref="Metric"/>'s factories).</summary>
    /// <exception cref="InvalidOperationException">The metric catalog has already been built by a service provider.</exception>
    public SalesOpsBuilder AddMetric(IMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        _registry.ThrowIfFrozen(metric.Definition.Id);
        Services.AddSingleton(metric);
        return this;
    }

    /// <summary>
    /// Adds a custom scorecard scoring method, created by the container; indicators name it in
    /// <see cref="Indicator.Scoring"/>. A method with a built-in name replaces it. Adding the same type twice registers
    /// it once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The SalesOps services have already been built by a service provider.</exception>
    public SalesOpsBuilder AddScoringMethod<TMethod>()
        where TMethod : class, IScoringMethod
    {
        _registry.ThrowIfFrozen(typeof(TMethod).Name);
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IScoringMethod, TMethod>());
        return this;
    }

    /// <summary>
    /// Adds a diagnosis rule, created by the container, run after the built-in ones by the registered
    /// <see cref="Balance.BalanceAnalyzer"/>. Adding the same type twice registers it once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The analyzer has already been built by a service provider.</exception>
    public SalesOpsBuilder AddBalanceRule<TRule>()
        where TRule : class, Balance.IBalanceRule
    {
        _registry.ThrowIfFrozen(typeof(TRule).Name);
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Balance.IBalanceRule, TRule>());
        return this;
    }
}
