using FluentValidation;

namespace SalesOps.Sdk.Planning;

/// <summary>Checks <see cref="InventoryPolicyOptions"/>, reporting every problem by its field name.</summary>
internal sealed class InventoryPolicyOptionsValidator : AbstractValidator<InventoryPolicyOptions>
{
    public InventoryPolicyOptionsValidator()
    {
        RuleFor(o => o.ServiceLevel).Must(p => p > 0.0 && p < 1.0)
            .WithMessage(o => $"serviceLevel {o.ServiceLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)} should be in the open range (0, 1), e.g. 0.95.");
        RuleFor(o => o.LeadTimeDays).GreaterThanOrEqualTo(0m)
            .WithMessage(o => $"leadTimeDays {o.LeadTimeDays} should be 0 or more.");
        RuleFor(o => o.LeadTimeStdDevDays).GreaterThanOrEqualTo(0m)
            .WithMessage(o => $"leadTimeStdDevDays {o.LeadTimeStdDevDays} should be 0 or more.");
        RuleFor(o => o.OrderCost).GreaterThan(0m)
            .WithMessage(o => $"orderCost {o.OrderCost} should be more than 0.");
        RuleFor(o => o.HoldingRate).GreaterThan(0m)
            .WithMessage(o => $"holdingRate {o.HoldingRate} should be more than 0 (a fraction of unit cost per year, e.g. 0.25).");
        RuleFor(o => o.MissingDays).IsInEnum()
            .WithMessage(o => $"missingDays {(int)o.MissingDays} is not defined; allowed values: NotObserved, ZeroSales.");
        RuleFor(o => o.Cutoffs).NotNull().WithMessage("cutoffs should not be null.")
            .SetValidator(new ClassificationCutoffsValidator("cutoffs."));
    }
}
