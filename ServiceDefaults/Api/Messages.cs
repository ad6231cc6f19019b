namespace HoukatsuCare.ServiceDefaults.Api;

/// <summary>Japanese validation messages; the error's key names the field, {1}/{2} are the limits.</summary>
public static class Messages
{
    public const string Required = "必須です。";
    public const string TooLong = "{1} 文字以内で入力してください。";
    public const string Range = "{1} から {2} の範囲で指定してください。";
    public const string InsuredNumber = "被保険者番号は半角数字 10 桁で入力してください。";
    public const string ListTooLong = "{1} 件以内にしてください。";
    public const string NotEmpty = "1 件以上指定してください。";
    public const string NullItem = "null の要素は指定できません。";
}
