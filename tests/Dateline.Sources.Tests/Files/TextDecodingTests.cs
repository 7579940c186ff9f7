using System.Text;
using Dateline.Sources.Files;

namespace Dateline.Sources.Tests.Files;

public sealed class TextDecodingTests
{
    private const string Text = "Assad’s forces entered Ḥalab.";

    [Fact]
    public void Decode_Utf8WithoutBom_IsText()
    {
        // Given / When
        var (text, error) = TextDecoding.Decode("a.txt", Encoding.UTF8.GetBytes(Text));

        // Then
        Assert.Null(error);
        Assert.Equal(Text, text);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        // Given
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Text)).ToArray();

        // When
        var (text, _) = TextDecoding.Decode("a.txt", bytes);

        // Then
        Assert.Equal(Text, text);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_IsText()
    {
        // Given
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray();

        // When
        var (text, error) = TextDecoding.Decode("a.txt", bytes);

        // Then
        Assert.Null(error);
        Assert.Equal(Text, text);
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToLatin1()
    {
        // Given
        var bytes = Encoding.Latin1.GetBytes("Déclaration à Genève");

        // When
        var (text, error) = TextDecoding.Decode("a.txt", bytes);

        // Then
        Assert.Null(error);
        Assert.Equal("Déclaration à Genève", text);
    }

    [Fact]
    public void Decode_NulByte_IsBinary()
    {
        // Given
        var bytes = new byte[] { 0x41, 0x00, 0x42 };

        // When
        var (text, error) = TextDecoding.Decode("x.txt", bytes);

        // Then
        Assert.Null(text);
        Assert.Equal("x.txt: binary file, not text", error);
    }

    [Fact]
    public void ReadText_MissingFile_IsAnErrorNamingIt()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), "dateline-missing-" + Guid.NewGuid().ToString("N") + ".txt");

        // When
        var (text, error) = TextDecoding.ReadText(path);

        // Then
        Assert.Null(text);
        Assert.StartsWith($"{path}: cannot read", error, StringComparison.Ordinal);
    }
}
