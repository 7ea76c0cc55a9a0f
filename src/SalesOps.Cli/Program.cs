using SalesOps.Cli;

// Colour only on a terminal that accepts it: never when output is redirected, NO_COLOR is set or TERM is dumb.
bool colour = !Console.IsOutputRedirected
    && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
    && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
// Progress only when stderr is a terminal: never in a redirected log, never on stdout.
return SalesOpsApp.Run(args, Console.Out, Console.Error, colour, progress: !Console.IsErrorRedirected);
