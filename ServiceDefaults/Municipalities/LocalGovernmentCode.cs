namespace HoukatsuCare.ServiceDefaults.Municipalities;

/// <summary>全国地方公共団体コード: five digits and a check digit (JIS X 0402).</summary>
public static class LocalGovernmentCode
{
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[5] - '0' == CheckDigit(code.AsSpan(0, 5));

    /// <summary>(11 − Σ dᵢ·(6−i) mod 11) mod 10, e.g. 13211 (小平市) → 0, 11209 (入間市) → 7.</summary>
    public static int CheckDigit(ReadOnlySpan<char> fiveDigits)
    {
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (fiveDigits[i] - '0') * (6 - i);
        }
        return (11 - (sum % 11)) % 10;
    }
}
