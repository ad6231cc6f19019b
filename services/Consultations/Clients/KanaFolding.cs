using System.Text;

namespace HoukatsuCare.Consultations.Clients;

/// <summary>
/// The form names are searched and compared in: NFKC (half-width ｶﾀｶﾅ and full-width ＡＢＣ become ordinary
/// characters), katakana turned into hiragana, every kind of space removed, Latin letters lower-cased.
/// "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ　タロウ" and "やまだたろう" all fold to "やまだたろう"; kanji pass through unchanged.
/// </summary>
public static class KanaFolding
{
    private const char KatakanaFirst = '\u30A1'; // ァ
    private const char KatakanaLast = '\u30F4';  // ヴ
    private const int KatakanaToHiragana = 0x60;

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u30FB') // ・ between family and given name
            {
                continue;
            }
            folded.Append(c switch
            {
                >= KatakanaFirst and <= KatakanaLast => (char)(c - KatakanaToHiragana),
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString();
    }
}
