using Microsoft.Win32.SafeHandles;

namespace SalesOps.Sdk.IO;

/// <summary>
/// Splits a CSV file into parts that can be parsed on their own: each part but the last ends just after a line feed.
/// </summary>
/// <remarks>
/// <para>A line feed inside an RFC 4180 quoted field is not the end of a row. The plan does not look for quotes: the
/// parts count the double quotes they read (<see cref="CsvPartStream.QuoteCount"/>), and a split point is safe
/// exactly when the quotes before it are even, because the reader toggles between quoted and unquoted at every
/// double quote (an escaped <c>""</c> toggles twice). A read whose split point turns out to be unsafe starts over on
/// one thread.</para>
/// <para>Line feeds are single bytes in UTF-8 (and ASCII), never part of a longer character, so a split never cuts a
/// character. A file that starts with a UTF-16 or UTF-32 byte order mark is not split.</para>
/// </remarks>
internal static class CsvParts
{
    /// <summary>Files smaller than this per part are read in fewer parts (a file under it on one thread).</summary>
    public const long DefaultMinPartBytes = 4L << 20;

    private const int ScanBlock = 1 << 16;

    /// <summary>
    /// The part boundaries: <c>[0, s1, …, length]</c>, at most <paramref name="maxParts"/> parts of at least about
    /// <paramref name="minPartBytes"/> each.
    /// </summary>
    public static long[] Plan(SafeFileHandle handle, long length, int maxParts, long minPartBytes)
    {
        long count = Math.Min(maxParts, length / Math.Max(1, minPartBytes));
        if (count <= 1 || StartsWithWideByteOrderMark(handle))
        {
            return [0, length];
        }

        var bounds = new List<long> { 0 };
        byte[] buffer = new byte[ScanBlock];
        for (long k = 1; k < count; k++)
        {
            long target = Math.Max(length / count * k, bounds[^1]);
            long split = NextLineStart(handle, buffer, target, length);
            if (split >= length)
            {
                break;
            }

            if (split > bounds[^1])
            {
                bounds.Add(split);
            }
        }

        bounds.Add(length);
        return [.. bounds];
    }

    /// <summary>The offset just after the first line feed at or after <paramref name="from"/>; the length when there is none.</summary>
    private static long NextLineStart(SafeFileHandle handle, byte[] buffer, long from, long length)
    {
        long position = from;
        while (position < length)
        {
            int read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - position)), position);
            if (read == 0)
            {
                return length;
            }

            int found = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (found >= 0)
            {
                return position + found + 1;
            }

            position += read;
        }

        return length;
    }

    private static bool StartsWithWideByteOrderMark(SafeFileHandle handle)
    {
        Span<byte> start = stackalloc byte[4];
        int read = RandomAccess.Read(handle, start, 0);
        ReadOnlySpan<byte> head = start[..read];
        return head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
    }
}
