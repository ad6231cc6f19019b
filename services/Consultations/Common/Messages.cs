namespace HoukatsuCare.Consultations.Common;

/// <summary>Japanese validation messages; {0} is the field, {1}/{2} the limits.</summary>
public static class Messages
{
    public const string Required = "{0} は必須です。";
    public const string TooLong = "{0} は {1} 文字以内で入力してください。";
    public const string Range = "{0} は {1} から {2} の範囲で指定してください。";
    public const string InsuredNumber = "被保険者番号 ({0}) は半角数字 10 桁で入力してください。";
    public const string ListTooLong = "{0} は {1} 件以内にしてください。";
    public const string NotEmpty = "{0} を 1 件以上指定してください。";
}
