namespace SalesOps.Sdk.IO.Tests;

public sealed class CsvPartQueueTests
{
    [Fact]
    public void TryTake_OwnRun_GivesConsecutivePartsInFileOrder()
    {
        var queue = new CsvPartQueue(parts: 8, threads: 2);

        Take(queue, 0, 4).Should().Equal(0, 1, 2, 3);
        Take(queue, 1, 4).Should().Equal(4, 5, 6, 7);
        queue.TryTake(0, out _).Should().BeFalse();
        queue.TryTake(1, out _).Should().BeFalse();
    }

    [Fact]
    public void TryTake_RunFinished_TakesTheLastPartOfTheLongestRun()
    {
        var queue = new CsvPartQueue(parts: 9, threads: 3);

        Take(queue, 2, 3).Should().Equal(6, 7, 8);
        Take(queue, 0, 1).Should().Equal(0);
        Take(queue, 2, 1).Should().Equal(5);
        Take(queue, 2, 1).Should().Equal(2);
        Take(queue, 1, 2).Should().Equal(3, 4);
        Take(queue, 0, 1).Should().Equal(1);
        queue.TryTake(0, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 2)]
    [InlineData(8, 3)]
    [InlineData(16, 4)]
    public void TryTake_AnyOrderOfThreads_HandsOutEveryPartOnce(int parts, int threads)
    {
        var random = new Random(parts * 31 + threads);
        var queue = new CsvPartQueue(parts, threads);
        var taken = new List<int>();
        var done = new bool[threads];
        while (done.Contains(false))
        {
            int thread = random.Next(threads);
            if (queue.TryTake(thread, out int part))
            {
                taken.Add(part);
            }
            else
            {
                done[thread] = true;
            }
        }

        taken.Should().BeEquivalentTo(Enumerable.Range(0, parts));
        taken.Should().OnlyHaveUniqueItems();
    }

    private static List<int> Take(CsvPartQueue queue, int thread, int count)
    {
        var parts = new List<int>();
        for (int i = 0; i < count; i++)
        {
            queue.TryTake(thread, out int part).Should().BeTrue();
            parts.Add(part);
        }

        return parts;
    }
}
