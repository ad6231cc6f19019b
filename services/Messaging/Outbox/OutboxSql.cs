using Microsoft.EntityFrameworkCore.Migrations;

namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// The outbox's raw SQL. The NOTIFY trigger wakes every relay listening on the service's database as soon as a
/// transaction that stored events commits (PostgreSQL delivers a notification only at commit, once per transaction).
/// </summary>
public static class OutboxSql
{
    public const string Table = "outbox_messages";

    /// <summary>The LISTEN/NOTIFY channel; notifications are per database, so one name serves every service.</summary>
    public const string Channel = "outbox_messages_inserted";

    public const string CreateNotifyTrigger = $"""
        CREATE OR REPLACE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{Channel}', '');
            RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS outbox_messages_notify ON {Table};
        CREATE TRIGGER outbox_messages_notify AFTER INSERT ON {Table}
            FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify();
        """;

    public const string DropNotifyTrigger = $"""
        DROP TRIGGER IF EXISTS outbox_messages_notify ON {Table};
        DROP FUNCTION IF EXISTS outbox_messages_notify();
        """;

    /// <summary>Call at the end of a migration's <c>Up</c> that creates the messaging tables (re-add it when regenerating).</summary>
    public static MigrationBuilder AddOutboxNotifyTrigger(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(CreateNotifyTrigger);
        return migrationBuilder;
    }

    /// <summary>Call at the start of the matching <c>Down</c>.</summary>
    public static MigrationBuilder DropOutboxNotifyTrigger(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(DropNotifyTrigger);
        return migrationBuilder;
    }
}
