#pragma warning disable CA1812, CA1822 // never instantiated: these types exist only to be analysed

namespace Ladok.Modules.Rogue
{
    /// <summary>Breaks rule 1: a module reading another module's internals (its DbContext) instead of its Contracts.</summary>
    internal sealed class ReadsCatalogueTables(Ladok.Modules.Catalogue.Data.CatalogueDbContext catalogue)
    {
        public int Courses() => catalogue.Courses.Count();
    }
}

namespace Ladok.Modules.Rogue.Contracts
{
    /// <summary>Breaks the Contracts rule: a Contracts type referencing another module's Contracts.</summary>
    public sealed record ContractLeaningOnCatalogue(Ladok.Modules.Catalogue.Contracts.OfferingInfo Offering);

    /// <summary>Breaks the Contracts rule on the Kernel: a Contracts type using the Kernel's own outbox, in a namespace the contracts kernel shares.</summary>
    public sealed record ContractLeaningOnTheKernel(Ladok.Kernel.Events.OutboxMessage Message);
}

namespace Ladok.Modules.Rogue.Domain
{
    /// <summary>Breaks domain purity: a domain type that knows about EF Core.</summary>
    internal sealed class PersistenceAwareEntity
    {
        public Microsoft.EntityFrameworkCore.DbSet<PersistenceAwareEntity>? Set { get; init; }
    }
}

namespace Ladok.Modules.Rogue.Application
{
    /// <summary>Breaks the field rule: a handler naming the GraphQL input path instead of a domain Field.</summary>
    internal static class InputPathInApplication
    {
        public static IReadOnlyList<string> CodePath => ["input", "code"];
    }
}

namespace Ladok.Modules.Rogue.Domain
{
    /// <summary>Breaks the one-audit-model rule: a module keeping its own audit log beside the Kernel's trail.</summary>
    internal sealed class AuditEntry
    {
        public string Action { get; init; } = "";
    }
}

namespace Ladok.Modules.Rogue.Data
{
    /// <summary>Breaks the layout rule: an EF configuration outside Data.Configurations.</summary>
    internal sealed class StrayConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<Ladok.Modules.Rogue.Domain.AuditEntry>
    {
        public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Ladok.Modules.Rogue.Domain.AuditEntry> builder) =>
            builder.HasNoKey();
    }
}

namespace Ladok.Modules.Rogue.GraphQL
{
    /// <summary>Breaks the layout rule: a handler outside Application.</summary>
    internal sealed class MisplacedHandler
    {
        public int Handle() => 0;
    }
}

namespace Ladok.Modules.Rogue.Application
{
    /// <summary>With <see cref="TwinTwoHandler"/>, breaks the one-handler-per-file rule (a source rule: HandlerFileTests).</summary>
    public sealed class TwinOneHandler
    {
    }

    public sealed class TwinTwoHandler
    {
    }
}

namespace Ladok.Modules.Ping
{
    /// <summary>With Pong, breaks the no-cycles rule.</summary>
    public sealed class Ping
    {
        public Ladok.Modules.Pong.Pong? Partner { get; init; }
    }
}

namespace Ladok.Modules.Pong
{
    public sealed class Pong
    {
        public Ladok.Modules.Ping.Ping? Partner { get; init; }
    }
}

namespace Ladok.Plugins.Rogue
{
    /// <summary>Breaks the plugin rule: a plugin using a module's internals instead of the SDK and Contracts.</summary>
    internal sealed class PluginUsingModuleInternals(Ladok.Modules.Catalogue.Application.CatalogueReader reader)
    {
        public object Reader => reader;
    }
}

namespace Ladok.Kernel.Periods
{
    /// <summary>Breaks the contracts kernel's purity: a period type outside the Kernel's assembly that knows about EF Core.</summary>
    internal sealed class TermStoredByEfCore
    {
        public Microsoft.EntityFrameworkCore.DbSet<TermStoredByEfCore>? Set { get; init; }
    }
}

namespace Ladok.Kernel.Rogue
{
    /// <summary>Breaks the building-block rule: the Kernel knowing a module.</summary>
    internal static class KernelKnowingAModule
    {
        public static Type Module => typeof(Ladok.Modules.Catalogue.CatalogueModule);
    }
}
