namespace SalesOps.Sdk.Reinvestment;

/// <summary>0/1 knapsack over candidates in a fixed order: exact branch and bound, and a greedy heuristic.</summary>
internal static class KnapsackSolver
{
    /// <summary>
    /// The subset of maximum total value within the capacity (ties: the cheaper, then the first found in order).
    /// Items are given in descending value density, which makes the fractional bound tight.
    /// </summary>
    public static HashSet<int> BranchAndBound(int[] order, Func<int, decimal> cost, Func<int, decimal> value, decimal capacity)
    {
        decimal bestValue = 0m;
        decimal bestCost = 0m;
        var best = new List<int>();
        var current = new List<int>();

        void Search(int depth, decimal usedCost, decimal gotValue)
        {
            if (gotValue > bestValue || (gotValue == bestValue && usedCost < bestCost))
            {
                bestValue = gotValue;
                bestCost = usedCost;
                best = [.. current];
            }

            if (depth == order.Length || Bound(depth, capacity - usedCost) + gotValue <= bestValue)
            {
                return;
            }

            int item = order[depth];
            if (usedCost + cost(item) <= capacity)
            {
                current.Add(item);
                Search(depth + 1, usedCost + cost(item), gotValue + value(item));
                current.RemoveAt(current.Count - 1);
            }

            Search(depth + 1, usedCost, gotValue);
        }

        // The fractional-knapsack value of the remaining items: an upper bound of what they can add.
        decimal Bound(int from, decimal room)
        {
            decimal bound = 0m;
            for (int k = from; k < order.Length && room >= 0m; k++)
            {
                int item = order[k];
                if (cost(item) <= room)
                {
                    room -= cost(item);
                    bound += value(item);
                }
                else
                {
                    bound += value(item) * room / cost(item);
                    break;
                }
            }

            return bound;
        }

        Search(0, 0m, 0m);
        return [.. best];
    }

    /// <summary>
    /// Greedy by value density, then compared with the single most valuable item that fits; the better of the two
    /// (at least half the optimum).
    /// </summary>
    public static HashSet<int> Greedy(int[] order, Func<int, decimal> cost, Func<int, decimal> value, decimal capacity)
    {
        var taken = new HashSet<int>();
        decimal used = 0m;
        decimal total = 0m;
        foreach (int item in order)
        {
            if (used + cost(item) <= capacity)
            {
                taken.Add(item);
                used += cost(item);
                total += value(item);
            }
        }

        int? single = order.Where(i => cost(i) <= capacity).OrderByDescending(value).Cast<int?>().FirstOrDefault();
        return single is { } s && value(s) > total ? [s] : taken;
    }
}
