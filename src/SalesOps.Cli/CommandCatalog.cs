using System.CommandLine;
using SalesOps.Cli.Commands;

namespace SalesOps.Cli;

/// <summary>The list of <c>salesops</c> commands, in the order <c>--help</c> shows them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            DemoCommand.Create(context),
            ReportCommand.Create(context),
            KpisCommand.Create(context),
            ScorecardCommand.Create(context),
            DiagnoseCommand.Create(context),
            ValueChainCommand.Create(context),
            InventoryPolicyCommand.Create(context),
            ReinvestCommand.Create(context),
            CalendarCommand.Create(context),
        ];
    }
}
