using SalesOps.Cli;

return SalesOpsApp.Run(args, Console.Out, Console.Error);
