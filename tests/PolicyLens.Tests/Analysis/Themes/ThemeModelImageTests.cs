// Specifies the built-in theme classifier's start-up image: build/ThemeModelImage.targets unpacks the checked-in model
// (theme-classifier.bin) into tables copied straight out of the assembly, and they must be the model file's, bit for bit.
using PolicyLens.Analysis.Themes;

namespace PolicyLens.Tests.Analysis.Themes;

public sealed class ThemeModelImageTests
{
    private static readonly string ModelFile = Path.Combine(SharedData.RepositoryRoot, "src", "PolicyLens", "Analysis", "Themes", "theme-classifier.bin");

    [Fact]
    public void The_embedded_image_holds_the_checked_in_model_s_classes_words_and_weights_bit_for_bit()
    {
        LinearThemeModel file;
        using (FileStream stream = File.OpenRead(ModelFile))
        {
            file = LinearThemeModel.Read(stream, ModelFile);
        }

        LinearThemeModel image;
        using (Stream stream = typeof(ThemeClassifier).Assembly.GetManifestResourceStream("PolicyLens.Analysis.Themes.theme-classifier.image")!)
        {
            image = LinearThemeModel.ReadImage(stream);
        }

        Assert.Equal(file.Classes, image.Classes);
        Assert.Equal(file.Vocabulary, image.Vocabulary);
        Assert.True(file.Vocabulary.Count > 10_000, $"{file.Vocabulary.Count} words");
        Assert.Equal(file.InverseDocumentFrequencies, image.InverseDocumentFrequencies);
        Assert.True(file.Weights.SequenceEqual(image.Weights), "weights");
        Assert.True(file.Biases.SequenceEqual(image.Biases), "biases");
    }

    [Fact]
    public void The_built_in_classifier_gives_a_report_s_sentences_the_same_probabilities_as_the_model_file()
    {
        ThemeClassifier fromFile = ThemeClassifier.Load(ModelFile);
        string text = SharedData.ReadText("corpus/gwr/2019.txt");

        IReadOnlyList<ClassifiedSentence> expected = fromFile.ClassifyText(text);
        IReadOnlyList<ClassifiedSentence> actual = ThemeClassifier.Default.ClassifyText(text);

        Assert.True(expected.Count > 300, $"{expected.Count} sentences");
        Assert.Equal(expected, actual);
    }
}
