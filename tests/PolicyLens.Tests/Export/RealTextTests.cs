// The reals of CSV and JSON are one text, the shortest round-trip form, so the writers may format each once per row.
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using PolicyLens.Export;

namespace PolicyLens.Tests.Export;

/// <summary>
/// The CSV writer writes a real as <c>ToString("R")</c> in the invariant culture, the JSON writer as System.Text.Json
/// does (<see cref="Utf8Formatter"/>'s default): the same shortest round-trip text, which <see cref="RealText"/> formats
/// once per thread for both. Checked on values at the edges of the format, on a spread of random bit patterns, and on
/// the same values asked again (from the cache) after others have pushed them out of it.
/// </summary>
public sealed class RealTextTests
{
    [Fact]
    public void A_real_is_the_text_of_both_writers_first_and_again_from_the_cache()
    {
        var random = new Random(15);
        var values = new List<double>
        {
            0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 2.0 / 3, 1e-7, 1e-5, 1e15, 1e16, 1e17, 1e21, 123456789012345678.0, -60.0,
            double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 0.8411764705882353, 5e-324, 2.2250738585072014e-308,
        };
        for (int i = 0; i < 100_000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            values.Add(double.IsFinite(value) ? value : random.NextDouble());
            values.Add(Math.Round(random.NextDouble(), random.Next(1, 16)));
        }

        Span<byte> buffer = stackalloc byte[RealText.MaxLength];
        foreach (double value in values.Concat(values.AsEnumerable().Reverse()))
        {
            string csv = value.ToString("R", CultureInfo.InvariantCulture);
            Assert.True(Utf8Formatter.TryFormat(value, buffer, out int written));
            Assert.Equal(csv, Encoding.UTF8.GetString(buffer[..written]));
            Assert.Equal(csv, Encoding.UTF8.GetString(buffer[..RealText.Write(value, buffer)]));
            Assert.Equal(csv, Encoding.UTF8.GetString(buffer[..RealText.Write(value, buffer)]));
        }
    }
}
