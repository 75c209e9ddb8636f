using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class FormerIdentityNumberConfiguration : IEntityTypeConfiguration<FormerIdentityNumber>
{
    public void Configure(EntityTypeBuilder<FormerIdentityNumber> builder)
    {
        builder.ToTable("former_identity_numbers", t => t.HasCheckConstraint("ck_former_identity_numbers_identity_number", "length(identity_number) = 12"));
        // A number replaced stays with its student: never anyone else's former number, found by lookups.
        builder.HasIndex(f => f.IdentityNumber).IsUnique();
        builder.HasIndex(f => f.StudentId);
        builder.Property(f => f.IdentityNumber).HasMaxLength(RecordsRules.IdentityNumberLength);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(RecordsRules.MaxCodeLength);
        builder.Property(f => f.ReplacedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
        builder.HasOne<Student>().WithMany().HasForeignKey(f => f.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}
