using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Reporting.Data.Configurations;

internal sealed class IssuedTranscriptConfiguration : IEntityTypeConfiguration<IssuedTranscript>
{
    public void Configure(EntityTypeBuilder<IssuedTranscript> builder)
    {
        builder.ToTable("issued_transcripts");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.VerificationCode).HasMaxLength(VerificationCode.Length).IsFixedLength();
        builder.HasIndex(t => t.VerificationCode).IsUnique();
        builder.HasIndex(t => t.StudentId);
        builder.Property(t => t.StudentName).HasMaxLength(300);
        // text, not jsonb: jsonb would rewrite the document, and the hash is of its exact bytes.
        builder.Property(t => t.Content).HasColumnType("text");
        builder.Property(t => t.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(t => t.IssuedBy).HasMaxLength(100);
    }
}
