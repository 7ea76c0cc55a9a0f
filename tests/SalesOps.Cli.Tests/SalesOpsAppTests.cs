namespace SalesOps.Cli.Tests;

public class SalesOpsAppTests
{
    [Fact]
    public void Run_Help_PrintsUsageAndExitsZero()
    {
        CliResult result = CliRunner.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Usage:").And.Contain("salesops");
    }

    [Fact]
    public void Run_Version_PrintsVersionAndExitsZero()
    {
        CliResult result = CliRunner.Run("--version");

        result.ExitCode.Should().Be(0);
        result.Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Run_UnknownCommand_PrintsUsageToStderrAndExitsTwo()
    {
        CliResult result = CliRunner.Run("no-such-command");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("no-such-command").And.Contain("Usage:");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwo()
    {
        CliResult result = CliRunner.Run("--no-such-option");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--no-such-option");
    }
}
