using SalesOps.Cli;

// Colour only on a terminal that accepts it: never when output is redirected, NO_COLOR is set or TERM is dumb.
bool colour = !Console.IsOutputRedirected
    && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
    && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
return SalesOpsApp.Run(args, Console.Out, Console.Error, colour);
