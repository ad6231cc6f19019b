using HoukatsuCare.Consultations.Clients;

namespace HoukatsuCare.Consultations.Tests.Unit;

public sealed class KanaFoldingTests
{
    [Theory]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ")]      // half-width katakana with a voiced mark
    [InlineData("ヤマダ　タロウ")]  // full-width space
    [InlineData("やまだたろう")]
    [InlineData(" ヤマダ・タロウ ")]
    public void Every_writing_of_a_kana_name_folds_to_the_same_hiragana(string written) =>
        Assert.Equal("やまだたろう", KanaFolding.Fold(written));

    [Fact]
    public void Kanji_pass_through_and_full_width_latin_and_digits_become_ascii() =>
        Assert.Equal("山田太郎abc123", KanaFolding.Fold("山田　太郎ＡＢＣ１２３"));

    [Fact]
    public void The_prolonged_sound_mark_and_small_kana_are_kept() =>
        Assert.Equal("じぇーむず", KanaFolding.Fold("ｼﾞｪｰﾑｽﾞ"));

    [Fact]
    public void Nothing_folds_to_nothing()
    {
        Assert.Equal("", KanaFolding.Fold(null));
        Assert.Equal("", KanaFolding.Fold(" \u3000 "));
    }
}
