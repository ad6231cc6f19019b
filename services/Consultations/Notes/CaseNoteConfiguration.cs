using HoukatsuCare.Consultations.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoukatsuCare.Consultations.Notes;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public const int MaxContentLength = 20_000;

    public void Configure(EntityTypeBuilder<CaseNote> note)
    {
        note.ToTable("case_notes");
        note.HasKey(n => n.Id);
        note.HasOne<ConsultationCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        note.Property(n => n.Method).HasConversion<string>().HasMaxLength(30);
        note.Property(n => n.Participants).HasMaxLength(200);
        note.Property(n => n.Content).HasMaxLength(MaxContentLength);
        note.Property(n => n.NextAction).HasMaxLength(1000);
        note.Property(n => n.AuthorId).HasMaxLength(200);
        note.Property(n => n.CorrectionReason).HasMaxLength(500);
        // two staff correcting the same version: the second insert fails here and gets a 409
        note.HasIndex(n => new { n.NoteId, n.Version }).IsUnique();
        note.HasIndex(n => new { n.CaseId, n.ContactedAt });
        // monthly figures: a month's first versions (contacts), without scanning five years of notes
        note.HasIndex(n => n.ContactedAt).HasFilter("version = 1").HasDatabaseName("ix_case_notes_contacts");
    }
}
