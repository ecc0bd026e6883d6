namespace PlanPress.Import.Workbooks;

/// <summary>
/// Reads a stream (an inflating zip entry) and stops with <see cref="WorkbookTooLargeException"/>
/// once it has given more than its own limit or more than the whole workbook has left.
/// </summary>
internal sealed class LimitedStream(Stream inner, long limit, LimitedStream.Allowance workbook, Func<string> tooLarge) : Stream
{
    /// <summary>What all the parts of one workbook may still inflate to, shared by their streams.</summary>
    public sealed class Allowance(long bytes)
    {
        public long Remaining { get; set; } = bytes;
    }

    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int read)
    {
        _read += read;
        workbook.Remaining -= read;
        if (_read > limit || workbook.Remaining < 0)
        {
            throw new WorkbookTooLargeException(tooLarge());
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
