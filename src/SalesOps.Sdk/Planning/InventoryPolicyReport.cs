using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>The inventory policy of every item, with the options and z used.</summary>
/// <param name="Options">The options the policy was computed with.</param>
/// <param name="Z">The service-level z = Φ⁻¹(service level).</param>
/// <param name="Items">One policy per item, in the order of the histories.</param>
public sealed record InventoryPolicyReport(InventoryPolicyOptions Options, double Z, ImmutableArray<ItemPolicy> Items);
