namespace HoukatsuCare.Messaging.Inbox;

internal static class InboxSql
{
    public const string Table = "inbox_messages";

    /// <summary>Inserts the inbox row; 0 rows means the message was already handled (waits for a concurrent duplicate to finish).</summary>
    public const string Claim = $"INSERT INTO {Table} (message_id, consumer, received_at) VALUES (@id, @consumer, now()) ON CONFLICT DO NOTHING";
}
