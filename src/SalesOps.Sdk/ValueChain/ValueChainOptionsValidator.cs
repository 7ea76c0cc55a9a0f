using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// Checks <see cref="ValueChainOptions"/> and reports every problem with its path: <c>stages[2]</c>,
/// <c>metricStages[fill_rate]</c>, <c>linkages[1].operations.threshold</c>, <c>earlierWindow</c>.
/// </summary>
/// <remarks>Stateless and thread-safe. Whether the linkage metrics exist is checked against the catalog by <see cref="ValueChainAnalyzer"/>.</remarks>
public sealed partial class ValueChainOptionsValidator : AbstractValidator<ValueChainOptions>
{
    /// <summary>Creates the validator.</summary>
    public ValueChainOptionsValidator()
    {
        RuleFor(o => o).Custom((options, context) =>
        {
            if (options.Stages.IsDefaultOrEmpty)
            {
                context.AddFailure(new ValidationFailure("stages", "stages is empty: a value chain needs at least one stage."));
                return;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < options.Stages.Length; i++)
            {
                ValueChainStage? stage = options.Stages[i];
                if (stage is null)
                {
                    context.AddFailure(new ValidationFailure($"stages[{i}]", $"stages[{i}] is null."));
                }
                else if (!seen.TryAdd(stage.Id, i))
                {
                    context.AddFailure(new ValidationFailure($"stages[{i}].id", $"stages[{i}].id '{stage.Id}' repeats stages[{seen[stage.Id]}]; stage ids are unique."));
                }
            }

            string known = string.Join(", ", seen.Keys);
            foreach (KeyValuePair<string, string> pair in (options.MetricStages ?? ImmutableDictionary<string, string>.Empty).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (pair.Value is null || !seen.ContainsKey(pair.Value))
                {
                    context.AddFailure(new ValidationFailure(
                        $"metricStages[{pair.Key}]", $"metricStages[{pair.Key}] names stage '{pair.Value}', which is not one of the stages ({known})."));
                }
            }
        });

        RuleFor(o => o).Custom((options, context) =>
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            IReadOnlyList<LinkageRule?> linkages = options.Linkages.IsDefault ? [] : options.Linkages;
            for (int i = 0; i < linkages.Count; i++)
            {
                LinkageRule? rule = linkages[i];
                string path = $"linkages[{i}]";
                if (rule is null)
                {
                    context.AddFailure(new ValidationFailure(path, $"{path} is null."));
                    continue;
                }

                if (rule.Id is null || !SnakeCase().IsMatch(rule.Id))
                {
                    context.AddFailure(new ValidationFailure($"{path}.id", $"{path}.id '{rule.Id}' is not snake_case ([a-z][a-z0-9_]*)."));
                }
                else if (!ids.TryAdd(rule.Id, i))
                {
                    context.AddFailure(new ValidationFailure($"{path}.id", $"{path}.id '{rule.Id}' repeats linkages[{ids[rule.Id]}]; linkage ids are unique."));
                }

                CheckSignal(context, $"{path}.sales", rule.Sales);
                CheckSignal(context, $"{path}.operations", rule.Operations);
            }
        });

        RuleFor(o => o.EarlierWindow)
            .GreaterThanOrEqualTo(1)
            .When(o => o.EarlierWindow is not null)
            .OverridePropertyName("earlierWindow")
            .WithMessage(o => $"earlierWindow {o.EarlierWindow} is not a number of periods; use 1 or more, or leave it unset for half the periods.");

        RuleFor(o => o.LaterWindow)
            .GreaterThanOrEqualTo(1)
            .When(o => o.LaterWindow is not null)
            .OverridePropertyName("laterWindow")
            .WithMessage(o => $"laterWindow {o.LaterWindow} is not a number of periods; use 1 or more, or leave it unset for half the periods.");
    }

    /// <summary>Validates and throws one exception naming every problem.</summary>
    internal static void EnsureValid(ValueChainOptions options, string parameterName)
    {
        ValidationResult result = new ValueChainOptionsValidator().Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException(
                "Invalid value-chain options: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)), parameterName);
        }
    }

    private static void CheckSignal(ValidationContext<ValueChainOptions> context, string path, LinkageSignal? signal)
    {
        if (signal is null)
        {
            context.AddFailure(new ValidationFailure(path, $"{path} is null."));
            return;
        }

        if (string.IsNullOrWhiteSpace(signal.MetricId))
        {
            context.AddFailure(new ValidationFailure($"{path}.metricId", $"{path}.metricId is blank; name a metric of the catalog."));
        }

        if (!Enum.IsDefined(signal.Direction))
        {
            context.AddFailure(new ValidationFailure($"{path}.direction", $"{path}.direction {(int)signal.Direction} is not defined; allowed values: rising, falling."));
        }

        if (!Enum.IsDefined(signal.Basis))
        {
            context.AddFailure(new ValidationFailure($"{path}.basis", $"{path}.basis {(int)signal.Basis} is not defined; allowed values: absolute, relative."));
        }

        if (signal.Threshold <= 0m)
        {
            context.AddFailure(new ValidationFailure($"{path}.threshold", $"{path}.threshold {signal.Threshold} must be greater than 0."));
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();
}
