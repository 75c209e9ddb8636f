using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ladok.Modules.Records.Data.Configurations;

internal sealed class ResultBatchConfiguration : IEntityTypeConfiguration<ResultBatch>
{
    public void Configure(EntityTypeBuilder<ResultBatch> builder)
    {
        builder.ToTable("result_batches");
        builder.HasKey(b => b.IdempotencyKey);
        builder.Property(b => b.IdempotencyKey).HasMaxLength(ResultBatch.MaxKeyLength);
        builder.Property(b => b.ContentHash).HasMaxLength(64);
        builder.Property(b => b.ReportedBy).HasMaxLength(RecordsRules.MaxUserIdLength);
    }
}
