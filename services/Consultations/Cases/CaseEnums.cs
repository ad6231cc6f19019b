namespace HoukatsuCare.Consultations.Cases;

/// <summary>相談経路: 来所, 電話, 訪問, 文書・メール, その他</summary>
public enum ConsultationRoute { InPerson, Phone, HomeVisit, DocumentOrEmail, Other }

/// <summary>相談者: 本人, 家族, 民生委員, ケアマネ, 医療機関, 近隣住民, 行政, その他</summary>
public enum Consulter { Self, Family, WelfareCommissioner, CareManager, MedicalInstitution, Neighbor, Government, Other }

/// <summary>相談内容: 介護保険, 福祉サービス, 医療, 認知症, 虐待, 成年後見, 消費者被害, 困難事例, 生活困窮, 住まい, 家族支援, 苦情, その他</summary>
public enum ConsultationTopic
{
    LongTermCareInsurance,
    WelfareServices,
    Medical,
    Dementia,
    Abuse,
    AdultGuardianship,
    ConsumerFraud,
    ComplexCase,
    Poverty,
    Housing,
    FamilySupport,
    Complaint,
    Other,
}

/// <summary>緊急度: 通常, 高, 緊急</summary>
public enum Urgency { Normal, High, Emergency }

/// <summary>職種: 保健師(看護師), 社会福祉士, 主任介護支援専門員, 介護支援専門員, 生活支援コーディネーター, 認知症地域支援推進員, 事務</summary>
public enum Profession { PublicHealthNurse, SocialWorker, ChiefCareManager, CareManager, LifeSupportCoordinator, DementiaPromoter, Clerk }

/// <summary>
/// 段階: 受付 → 初期対応 → 初期段階で終結 (情報提供・関係機関紹介) | 継続支援 → 終結; 終結したケースは再開できる。
/// </summary>
public enum CaseStage { Received, InitialResponse, ClosedAtInitialStage, ContinuingSupport, Closed }
