using Microsoft.Win32.SafeHandles;

namespace SalesOps.Sdk.IO;

/// <summary>
/// The bytes <c>[start, end)</c> of a file as a read-only stream, read with positional reads so that several parts
/// share one handle; counts the double quotes that pass through (see <see cref="CsvParts"/>).
/// </summary>
internal sealed class CsvPartStream : Stream
{
    private const byte Quote = (byte)'"';

    private readonly SafeFileHandle _handle;
    private readonly long _end;
    private long _position;

    public CsvPartStream(SafeFileHandle handle, long start, long end)
    {
        _handle = handle;
        _position = start;
        _end = end;
    }

    /// <summary>The double quotes read so far.</summary>
    public long QuoteCount { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads the rest of the part, only counting its double quotes (after a read stopped early).</summary>
    public void CountToEnd()
    {
        byte[] buffer = new byte[1 << 16];
        while (Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long left = _end - _position;
        if (left <= 0 || buffer.IsEmpty)
        {
            return 0;
        }

        Span<byte> target = buffer.Length > left ? buffer[..(int)left] : buffer;
        int read = RandomAccess.Read(_handle, target, _position);
        if (read == 0)
        {
            throw new IOException("the file became shorter while it was being read");
        }

        _position += read;
        QuoteCount += target[..read].Count(Quote);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
