using HdrHistogram;
using HdrHistogram.Utilities;

namespace MfaConformance.LoadEngine.Histograms;

/// <summary>HdrHistogram's compressed encoding (the one .hlog files carry, base64): to bytes and back.</summary>
public static class HistogramCodec
{
    /// <summary>Encodes <paramref name="histogram"/>; a histogram still being recorded into is copied first (by index, which writers never invalidate).</summary>
    public static byte[] Encode(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var copy = LatencyHistogram.NewHdr();
        copy.Add(histogram);
        histogram = copy;
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = histogram.EncodeIntoCompressedByteBuffer(buffer);
        var bytes = new byte[length];
        buffer.Position = 0;
        for (var i = 0; i < length; i++)
        {
            bytes[i] = buffer.Get();
        }

        return bytes;
    }

    public static HistogramBase Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        return HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(encoded), 0);
    }
}
