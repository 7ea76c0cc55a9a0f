using System.Text.RegularExpressions;
using FluentValidation;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Reinvestment;

/// <summary>Validates one candidate initiative against the metric catalog.</summary>
internal sealed partial class InitiativeValidator : AbstractValidator<ReinvestmentInitiative>
{
    public InitiativeValidator(MetricCatalog catalog)
    {
        RuleFor(i => i.Id).Must(id => id is not null && SnakeCase().IsMatch(id)).OverridePropertyName("id").WithMessage("'{PropertyValue}' is not a snake_case id");
        RuleFor(i => i.Name).NotEmpty().OverridePropertyName("name");
        RuleFor(i => i.Stage).NotEmpty().OverridePropertyName("stage");
        RuleFor(i => i.Cost).GreaterThanOrEqualTo(0m).OverridePropertyName("cost").WithMessage("{PropertyValue} is negative; a cost is ≥ 0");
        RuleFor(i => i.Confidence).Must(c => c is > 0m and <= 1m).OverridePropertyName("confidence").WithMessage("{PropertyValue} should be in range (0-1]");
        RuleFor(i => i.MonthsToEffect).GreaterThanOrEqualTo(0).OverridePropertyName("months_to_effect");
        RuleFor(i => i.Effects).Must(e => !e.IsDefaultOrEmpty).OverridePropertyName("effects").WithMessage("an initiative needs at least one expected KPI effect");
        RuleForEach(i => i.Effects).ChildRules(effect =>
        {
            effect.RuleFor(e => e.MetricId)
                .Must(catalog.Contains)
                .OverridePropertyName("metric_id")
                .WithMessage("unknown KPI '{PropertyValue}'");
            effect.RuleFor(e => e)
                .Must(e => !catalog.Contains(e.MetricId) || e.Kind != EffectKind.Absolute || e.Unit == catalog[e.MetricId].Definition.Unit)
                .OverridePropertyName("unit")
                .WithMessage(e => $"an absolute effect on {e.MetricId} must be in {catalog[e.MetricId].Definition.Unit.ToString().ToLowerInvariant()}, not {(e.Unit?.ToString().ToLowerInvariant() ?? "no unit")}");
            effect.RuleFor(e => e)
                .Must(e => e.Kind != EffectKind.Relative || e.Unit is null)
                .OverridePropertyName("unit")
                .WithMessage("a relative effect is a fraction and takes no unit");
            effect.RuleFor(e => e.Change).NotEqual(0m).OverridePropertyName("change").WithMessage("an effect of 0 changes nothing");
        }).OverridePropertyName("effects");
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
