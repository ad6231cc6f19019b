namespace HoukatsuCare.Consultations.Clients;

/// <summary>性別</summary>
public enum Sex { Male, Female, Other, Unknown }

/// <summary>要介護度等: 事業対象者, 要支援1–2, 要介護1–5, 非該当, 未申請</summary>
public enum CareLevel { ProgramEligible, Support1, Support2, Care1, Care2, Care3, Care4, Care5, NotApplicable, NotApplied }

/// <summary>世帯類型: 独居, 高齢者のみ世帯, 家族と同居, その他</summary>
public enum HouseholdType { LivingAlone, ElderlyOnly, WithFamily, Other }

/// <summary>関係者の種別: 家族, 民生委員, ケアマネ, 医療機関, 近隣住民, その他</summary>
public enum RelationKind { Family, WelfareCommissioner, CareManager, MedicalInstitution, Neighbor, Other }

/// <summary>台帳の状態: 利用中, 死亡, 転出, 施設入所, その他の理由で終了</summary>
public enum ClientStatus { Active, Deceased, MovedOut, EnteredFacility, Other }
