// The native theme scorer adds each word's class weights to the sums eight classes at a time: the sums must be those of
// the one-class-at-a-time loop to the bit, so that every probability in the tables stays the same.
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

/// <summary>
/// <see cref="LinearThemeModel.AddScaled"/> against the scalar loop it replaces (a float32 product added to a double sum),
/// for the shipped model's idf values as the scale and rows of every length around the vector width.
/// </summary>
public sealed class ScorerArithmeticTests
{
    [Fact]
    public void Weights_added_eight_classes_at_a_time_give_the_scalar_sums_bit_for_bit()
    {
        using var stream = new MemoryStream();
        ThemeClassifier.Default.Save(stream);
        stream.Position = 0;
        IReadOnlyList<float> idfs = LinearThemeModel.Read(stream, "model").InverseDocumentFrequencies;
        Assert.True(idfs.Count > 1000, $"{idfs.Count} words");

        var random = new Random(20261201);
        for (int classes = 1; classes <= 40; classes++)
        {
            // Weights of the size a trained model has (about ±3), and sums that already hold earlier words' products.
            float[] row = [.. Enumerable.Range(0, classes).Select(_ => (float)((random.NextDouble() - 0.5) * 6))];
            double[] start = [.. Enumerable.Range(0, classes).Select(_ => (random.NextDouble() - 0.5) * 10)];
            for (int w = 0; w < 50; w++)
            {
                float x = (1 + random.Next(3)) * idfs[random.Next(idfs.Count)];
                double[] vectorised = [.. start];
                double[] scalar = [.. start];
                LinearThemeModel.AddScaled(vectorised, x, row);
                for (int c = 0; c < classes; c++)
                {
                    scalar[c] += x * row[c];
                }

                Assert.Equal(scalar.Select(BitConverter.DoubleToInt64Bits), vectorised.Select(BitConverter.DoubleToInt64Bits));
            }
        }
    }
}
