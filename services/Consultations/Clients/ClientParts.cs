namespace HoukatsuCare.Consultations.Clients;

/// <summary>緊急連絡先</summary>
public sealed record EmergencyContact(string Name, string Relationship, string Phone);

/// <summary>関係者 (家族・民生委員・ケアマネ等)</summary>
public sealed record RelatedPerson(RelationKind Kind, string Name, string? Organization, string? Phone);

/// <summary>情報共有への同意: 相手先と同意日 (撤回日があれば撤回済み)</summary>
public sealed record Consent(string Party, DateOnly GivenOn, DateOnly? WithdrawnOn);
