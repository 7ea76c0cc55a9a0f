global using Orleans;
global using SalesOps.Sdk.Measures;
global using SalesOps.Sdk.Periods;
